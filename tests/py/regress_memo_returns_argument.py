# Regression: a memoized function returning one of its arguments, or part of one, handed a later call with an equal but distinct argument the first call's object
def larger(a, b):
    for i in range(30):
        pass
    return a if a > b else b


u, v, w = tuple([1, 2]), tuple([1, 2]), tuple([0])
print(larger(u, w) is u, larger(v, w) is v, larger(v, w) is u, larger(w, u) is u)
f1, f2 = float("1.25"), float("1.25")
print(larger(f1, 0.5) is f1, larger(f2, 0.5) is f2, larger(f2, 0.5) is f1)
print(larger(u, v) is v, larger(v, u) is u)


def first(t):
    for i in range(30):
        pass
    return t[0]


inner1, inner2 = tuple([7]), tuple([7])
print(first((inner1, 0)) is inner1, first((inner2, 0)) is inner2, first((inner2, 0)) is inner1)


def wrap(t, n):
    s = 0
    for i in range(n):
        s += i
    return (s, t)


r1, r2 = wrap(inner1, 40), wrap(inner2, 40)
print(r1 == r2, r1 is r2, r1[1] is inner1, r2[1] is inner2)


def identity(t):
    for i in range(30):
        pass
    return t


b1, b2 = bytes([1, 2]), bytes([1, 2])
print(identity(b1) is b1, identity(b2) is b2, identity(b1) is b1)
print(identity(inner1) is inner1, identity(inner2) is inner2)
