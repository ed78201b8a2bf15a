# Regression: property.getter/setter/deleter(None) keep the function the property has; each takes exactly one argument
# (CPython 3.11 aborts at exit after setter(None), a reference-count bug 3.12 fixed; its output is complete)
class A:
    def g(self):
        "getter doc"
        return 1
    def s(self, v):
        pass
    def d(self):
        pass
    x = property(g, s, d)
p2 = A.x.setter(None)
print(p2.fset is A.x.fset, p2.fget is A.x.fget, p2.fdel is A.x.fdel, p2.__doc__)
p3 = A.x.getter(None)
print(p3.fget is A.x.fget, p3.__doc__)
p4 = A.x.deleter(None)
print(p4.fdel is A.x.fdel)
e = property()
print(e.setter(None).fset, e.getter(None).fget)
class P(property):
    pass
q = P(A.g).setter(None)
print(type(q).__name__, q.fget is A.g, q.fset)
for f in (lambda: e.getter(1, 2), lambda: e.getter(), lambda: e.setter(x=1), lambda: e.deleter(1, 2, 3)):
    try:
        f()
    except TypeError as err:
        print("TypeError:", err)
