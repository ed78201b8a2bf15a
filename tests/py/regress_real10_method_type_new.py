# Calling the bound-method type builds a bound method, as types.MethodType(f, obj) does
# (was "cannot create 'method' instances"), with CPython's argument checks
class A:
    def m(self):
        return "m"
a = A()
a.v = 1
MethodType = type(a.m)
def fn(self, x):
    return ("fn", self.v, x)
bm = MethodType(fn, a)
print(bm(5), bm.__self__ is a, bm.__func__ is fn, type(bm) is MethodType, bm.__name__)
print(MethodType(fn, a) == MethodType(fn, a), MethodType(lambda self, *r: (self, r), 7)(8, 9))
up = MethodType(str.upper, "abc")
print(up(), up.__self__)
class Callable:
    def __call__(self, *a):
        return ("called", a)
print(MethodType(Callable(), "inst")(1))
a.late = MethodType(fn, a)
print(a.late(2))
for args, kw in [((fn,), {}), ((5, a), {}), ((fn, None), {}), ((fn, a, 3), {}), ((fn,), {"instance": a})]:
    try:
        MethodType(*args, **kw)
    except TypeError as e:
        print(e)
try:
    print(MethodType(len, "abcd")())
except TypeError as e:
    print(e)
