# argument error messages in detail
def a0(): pass
def a1(x): pass
def a2(x, y=1): pass
def a3(x, *, k): pass
def a4(x, y=1, *, k=2): pass
def a5(*, k): pass
def a6(x, y, z, w): pass
def a7(x, /, y): pass
def a8(x, *args, k): pass
class M:
    def meth(self, x, *, k=0): pass
cases = [
    (a0, (1,), {}), (a0, (), {"q": 1}), (a1, (), {}), (a1, (1, 2), {}), (a1, (1, 2, 3), {}), (a2, (), {}), (a2, (1, 2, 3), {}), (a3, (1, 2), {}), (a3, (1, 2), {"k": 3}),
    (a4, (1, 2, 3), {"k": 1}), (a4, (1, 2, 3, 4), {}), (a5, (1,), {}), (a5, (1, 2), {"k": 1}), (a6, (), {}), (a6, (1,), {}), (a6, (1, 2), {}), (a6, (1,), {"w": 2}),
    (a7, (), {"x": 1, "y": 2}), (a7, (1,), {"x": 1, "y": 2}), (a8, (1, 2), {}), (a8, (), {}), (a3, (), {}), (M().meth, (1, 2), {}), (M().meth, (), {}), (M.meth, (), {}),
    (M().meth, (1,), {"j": 1}), (a1, (), {"x": 1, "y": 2, "z": 3}), (a2, (1,), {"x": 2}), (a4, (), {"k": 0, "y": 0}),
]
for fn, args, kw in cases:
    try:
        fn(*args, **kw)
        print("ok")
    except TypeError as e:
        print(e)
lam = lambda p, q=1: p
for args in [(), (1, 2, 3)]:
    try:
        lam(*args)
    except TypeError as e:
        print(e)
def outer():
    def inner(a, b): pass
    return inner
try:
    outer()(1)
except TypeError as e:
    print(e)
