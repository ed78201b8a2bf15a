# Regression: class statements with *bases and **keywords were rejected as a syntax error
class A: pass
class B: pass
bases = (A, B)
class C(*bases): pass
print(C.__mro__)
class P:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))
opts = {"color": "red", "size": 3}
class Q(P, **opts): pass
class Q2(*[P], flag=True, **{"x": 1}): pass
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], kw)
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(m, name, bases, **kw):
        print("prepare", name, kw)
        return {}
class R(*(), **{"metaclass": Meta, "extra": 1}): pass
print(type(R).__name__)
order = []
def mk(v):
    order.append(v); return v
class S(mk(P), *[mk(B)], k=mk(1)):
    pass
try:
    class S2(A, *[B], k=mk(1)): pass
except TypeError as e:
    print("TypeError", e)
print(order)
for bad in (lambda: type("X", (), {}),):
    pass
try:
    class T(*1): pass
except TypeError as e:
    print(e)
try:
    class T(**1): pass
except TypeError as e:
    print(e)
try:
    class T(x=1, **1): pass
except TypeError as e:
    print(e)
try:
    class T(**{"a": 1}, **{"a": 2}): pass
except TypeError as e:
    print(e)
try:
    class T(*[A, A]): pass
except TypeError as e:
    print(e)
def deco(c):
    c.decorated = True
    return c
@deco
class U(*[A]):
    x = 1
print(U.decorated, U.x, U.__bases__)
class V(*[]): pass
print(V.__bases__)
def inner():
    bs = [A]
    class W(*bs, **{}):
        y = bs
    return W
print(inner().__bases__, inner().y)
