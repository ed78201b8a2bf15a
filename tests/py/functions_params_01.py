# positional-only, keyword-only, defaults, *args/**kwargs, argument errors
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, f=7), f(1, 2, 3, 4, e=5))
def g(*args, **kwargs): return (args, kwargs)
print(g(), g(1, 2), g(a=1), g(1, *[2, 3], x=4, **{"y": 5}), g(*(), **{}))
def h(a, *args, key=None, **kw): return (a, args, key, kw)
print(h(1), h(1, 2, 3, key="k", z=0))
def d(x, acc=[]):
    acc.append(x); return acc
print(d(1), d(2), d(3, []), d(4))
def d2(n, memo={}):
    memo[n] = n * n; return len(memo)
print(d2(1), d2(2), d2(1))
calls = [
    lambda: f(1, 2, 3),
    lambda: f(1, 2),
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(1, 2, 3, 4, 5, e=1),
    lambda: f(1, 2, 3, e=1, g=2),
    lambda: f(1, 2, 3, c=3, e=1),
    lambda: g(**{1: 2}),
    lambda: h(),
    lambda: h(1, a=2),
    lambda: (lambda x: x)(),
    lambda: (lambda x: x)(1, 2),
    lambda: d(),
    lambda: d(1, 2, 3),
    lambda: d(y=1),
    lambda: d(1, x=1),
    lambda: len(x=1),
    lambda: k0(1),
    lambda: k1(),
    lambda: k2(1, 2, 3),
    lambda: k3(1),
    lambda: k3(),
]
def k0(): pass
def k1(a, b, c): pass
def k2(a, b=1): pass
def k3(*, only, also): pass
for c in calls:
    try:
        print(c())
    except TypeError as ex:
        print("TypeError", ex)
class C:
    def m(self, x): return x
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls, x): return cls.__name__, x
for c in [lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1), lambda: C().s(), lambda: C.c(), lambda: C().m(x=1, y=2), lambda: C(1)]:
    try:
        print(c())
    except TypeError as ex:
        print("TypeError", ex)
print(C().m(5), C.s(6), C.c(7), C().c(8))
def many(a, b, c, d): pass
try:
    many(1)
except TypeError as ex:
    print(ex)
try:
    many(1, 2)
except TypeError as ex:
    print(ex)
def kwo(a, *, b, c, d): pass
try:
    kwo(1, b=1)
except TypeError as ex:
    print(ex)
def po(a, b, /): pass
try:
    po(1, b=2)
except TypeError as ex:
    print(ex)
def pk(a, /, **kw): return a, kw
print(pk(1, a=2))
print(f.__name__, f.__defaults__, f.__kwdefaults__, (lambda: 0).__name__, d.__defaults__ is not None)
