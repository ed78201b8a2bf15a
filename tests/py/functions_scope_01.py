# global/nonlocal, closures, recursion, lambda
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc(); print(counter)
def outer():
    x = 0
    def bump(n=1):
        nonlocal x
        x += n
        return x
    def get(): return x
    return bump, get
b, g = outer(); b(); b(5); print(g())
def make_adders():
    return [lambda v, k=k: v + k for k in range(3)]
print([a(10) for a in make_adders()])
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(0))
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, a, c, b, moves); moves.append(a + c); hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(6)), hanoi(2))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
def uses_before():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
uses_before()
def outer2():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
    return inner()
print(outer2())
def no_nonlocal():
    q = 1
    def inner():
        q = 2
        return q
    inner()
    return q
print(no_nonlocal())
compose = lambda *fs: lambda x: [x := f(x) for f in fs][-1]
print(compose(lambda v: v + 1, lambda v: v * 2)(3))
sq = lambda x, y=2, *a, k=1, **kw: (x ** y, a, k, kw)
print(sq(3), sq(2, 3, 4, k=5, z=6))
def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@deco
def add(a, b): return a + b
print(add(1, b=2), add.__name__)
def gen_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
s1, s2 = gen_counter(), gen_counter()
print(s1(), s1(), s2())
x = 5
def shadow():
    x = 10
    def inner():
        global x
        return x
    return inner()
print(shadow())
def f_annot(a: int, b: "str" = "x") -> list: return [a, b]
print(f_annot(1), f_annot.__annotations__)
def kwonly_default(*, a=1, b): return a, b
print(kwonly_default(b=2))
print((lambda: (yield))().__class__.__name__ if False else "", (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
