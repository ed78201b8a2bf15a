# Regression: f(*x) and f(*x, **k) pass their values straight to the call: conversions, errors and their order
def f(*a, **k): return a, k
def g(a, b=2, *c, d=4, **e): return a, b, c, d, e
print(f(*[1, 2]), f(*(1,)), f(*range(3)), f(*"ab"), f(*{1: 2}), f(*[],), f(*()))
print(g(*[1]), g(*[1, 2, 3, 4]), g(*(1,), **{"d": 5, "x": 6}), g(*[9], **{}))
l = [1, 2]
t = f(*l); l.append(3); print(t)
class M:
    def keys(self): return ["p", "q"]
    def __getitem__(self, k): return k * 2
print(f(*[1], **M()))
print(max(*[3, 1, 2]), print(*[1, 2], **{"sep": "-"}))
for bad in ("f(*1)", "f(*[1], **2)", "f(*1, **2)", "g(*[])", "f(**{1: 2})", "g(*[1], **{'a': 2})", "len(*[1, 2])"):
    try:
        eval_ = {"f(*1)": lambda: f(*1), "f(*[1], **2)": lambda: f(*[1], **2), "f(*1, **2)": lambda: f(*1, **2),
                 "g(*[])": lambda: g(*[]), "f(**{1: 2})": lambda: f(**{1: 2}), "g(*[1], **{'a': 2})": lambda: g(*[1], **{'a': 2}),
                 "len(*[1, 2])": lambda: len(*[1, 2])}[bad]
        eval_()
    except TypeError as e:
        print(bad, "->", e)
def gen(*a):
    yield from a
print(list(gen(*[1, 2, 3])))
def w(*args, **kwargs):
    return f(*args, **kwargs)
print(w(1, 2, z=3), w())
print(f(*(x for x in range(2))))
