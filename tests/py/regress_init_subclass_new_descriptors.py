# Regression: __init_subclass__ is fetched as super(cls, cls).__init_subclass__ (an explicit staticmethod gets no cls) and __new__ as getattr(cls, '__new__') (a classmethod binds)
class H:
    @staticmethod
    def __init_subclass__(**kw): print("static init_subclass", kw)
class J(H, x=1): pass
class H2:
    @classmethod
    def __init_subclass__(cls, **kw): print("classmethod init_subclass", cls.__name__, kw)
class J2(H2): pass
class H3:
    def __init_subclass__(cls): print("plain", cls.__name__)
class J3(H3): pass
class N:
    @classmethod
    def __new__(cls, *a):
        print("cm new", cls, a)
        return object.__new__(N)
    def __init__(self, *a): print("init", a)
n = N(1, 2)
print(type(n).__name__)
class N2:
    @staticmethod
    def __new__(cls, *a):
        print("sm new", cls.__name__, a)
        return object.__new__(cls)
N2(5)
class N3:
    __new__ = lambda cls: object.__new__(cls)
print(type(N3()).__name__)
class P:
    pass
def isc(**kw): print("plain fn isc", kw)
P.__init_subclass__ = isc
class Q(P, k=2): pass
class R:
    def __init_subclass__(cls, **kw):
        print("R isc", cls.__name__, kw)
        super().__init_subclass__()
class S(R, a=1): pass
class T(S): pass
try:
    class U(H3, z=1): pass
except TypeError as e:
    print(e)
try:
    class V(object, z=1): pass
except TypeError as e:
    print(e)
