# Regression: writes through a function's __dict__ were dropped (hand-written functools.wraps lost attributes)
def f():
    pass


f.x = 1
print(f.__dict__)
f.__dict__["y"] = 2
print(f.y, f.__dict__ is f.__dict__)


def wraps(fn):
    def deco(w):
        w.__dict__.update(fn.__dict__)
        w.__name__ = fn.__name__
        return w
    return deco


@wraps(f)
def g():
    pass


print(g.x, g.y, g.__name__, sorted(g.__dict__))
d = {"k": 5}
f.__dict__ = d
print(f.k, f.__dict__ is d, hasattr(f, "x"))
d["z"] = 1
print(f.z)
del f.z
print(d)
try:
    f.__dict__ = []
except TypeError as e:
    print(e)
try:
    del f.__dict__
except TypeError as e:
    print(e)


def h():
    pass


def getter(fn):
    return fn.__get__(1)


for _ in range(100):
    getter(h)
h.__dict__["__get__"] = lambda x: "own"
print(getter(h))

s = staticmethod(f)
print(sorted(s.__dict__))
s.__dict__["extra"] = 1
print(s.extra)
c = classmethod(g)
c.__dict__ = {"only": 1}
print(c.only, vars(c))
