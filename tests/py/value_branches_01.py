# Conditional expressions and `and`/`or` used as values (folded into one expression tree): results, short-circuiting, errors inside the branches and from __bool__
def f(w):
    key = w[0] if w else "?"
    return key
def g(a, b):
    return a and b
def h(a, b, c):
    x = a or b or c
    return x
def k(p, q):
    return p == 1 and q == 2
def m(v):
    return "pos" if v > 0 else "neg" if v < 0 else "zero"
class P:
    def __init__(self, a, b): self.a = a; self.b = b
    def __eq__(self, o): return self.a == o.a and self.b == o.b
    def __hash__(self): return hash((self.a, self.b))
print(f("abc"), f(""), g(0, 5), g(3, 5), g([], 1), h(0, "", None), h(0, 0, 7), h(1, 2, 3), k(1, 2), k(1, 3), k(0, 2))
print([m(v) for v in (-2, 0, 3)])
print(P(1, 2) == P(1, 2), P(1, 2) == P(1, 3), len({P(1, 2), P(1, 2), P(2, 1)}))
def bad(x):
    return x.foo if x else x.bar
try:
    bad(1)
except AttributeError as e:
    print("AE", e)
try:
    bad(0)
except AttributeError as e:
    print("AE", e)
def nm(c):
    return undefined_name if c else 2
print(nm(0))
try:
    nm(1)
except NameError as e:
    print(e)
class B:
    def __bool__(self): raise ValueError("no bool")
try:
    print(1 if B() else 2)
except ValueError as e:
    print("VE", e)
try:
    print(B() and 2)
except ValueError as e:
    print("VE", e)
t = 0
for i in range(10):
    t += i if i % 2 else -i
    t += (i and 1) + (i or 5)
print(t)
print((lambda z: z and z[0] or None)([]), (lambda z: z and z[0] or None)([4]))
calls = []
def note(v):
    calls.append(v)
    return v
r = note(0) and note(1)
r2 = note(2) or note(3)
r3 = note(4) if note(5) else note(6)
print(r, r2, r3, calls)
def chain(a, b, c, d):
    return a and b or c and d
print([chain(*t) for t in ((1, 2, 3, 4), (0, 2, 3, 4), (0, 2, 0, 4), (1, 0, 3, 0), (1, 0, 0, 9))])
try:
    x = 1
    y = x if x > 5 else {}["k"]
except KeyError as e:
    print("KE", e)
g = [1, 2, 3]
print(g[0] if g else None, (g and g[-1]), ([] or g)[1], None or 0 or "" or "last")
