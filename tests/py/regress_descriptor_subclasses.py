# Regression: subclasses of property, staticmethod, classmethod and super could not be instantiated
class MyProp(property):
    pass
class C:
    @MyProp
    def x(self):
        "x doc"
        return 42
    @x.setter
    def x(self, v): print("set", v)
    @x.deleter
    def x(self): print("del")
c = C()
print(c.x, type(C.__dict__["x"]).__name__, C.x.__doc__)
c.x = 5
del c.x
class classproperty(property):
    def __get__(self, obj, owner):
        return self.fget(owner)
class D:
    @classproperty
    def name(cls): return cls.__name__
print(D.name, D().name)
class Tagged(property):
    def __init__(self, fget, tag="t"):
        super().__init__(fget)
        self.tag = tag
class E:
    @Tagged
    def v(self): return 1
print(E().v, E.__dict__["v"].tag, E.__dict__["v"].__dict__)
class MySuper(super):
    pass
class A:
    def f(self): return "A.f"
    @classmethod
    def g(cls): return "A.g " + cls.__name__
class B(A):
    def f(self): return MySuper(B, self).f() + "!"
    @classmethod
    def g(cls): return MySuper(B, cls).g()
print(B().f(), B.g(), type(MySuper(B, B())).__name__, MySuper(B, B()).__self_class__)
s = MySuper(B, B())
s.extra = 1
print(s.extra)
class SM(staticmethod):
    def __get__(self, obj, owner=None):
        print("  SM get")
        return super().__get__(obj, owner)
class CM(classmethod):
    tag = "cm"
class H:
    @SM
    def s(x): return x + 1
    @CM
    def k(cls): return cls.__name__
print(H.s(1), H().s(2), H.k(), H().k(), H.__dict__["k"].tag)
print(repr(MyProp(None)).split(" at ")[0])
try:
    staticmethod()
except TypeError as e: print(e)
try:
    classmethod(1, 2)
except TypeError as e: print(e)
try:
    SM()
except TypeError as e: print(e)
def g(s):
    "g doc"
def f(s):
    "f doc"
def h(s): pass
print(property(g).getter(f).__doc__)
print(property(g, doc="D").getter(f).__doc__)
print(property(h).getter(f).__doc__)
print(property(g).getter(h).__doc__)
print(property(g).setter(f).__doc__)
class P:
    @property
    def x(self): return 1
    @x.deleter
    def x(self): print("deleted")
P.__dict__["x"].__delete__(P())
try:
    property().__delete__(P())
except AttributeError as e: print(e)
try:
    P.__dict__["x"].__set__(P(), 1)
except AttributeError as e: print(e)
