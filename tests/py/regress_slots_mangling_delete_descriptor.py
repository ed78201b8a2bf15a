# Regression: private __slots__ names are mangled; a descriptor with __get__ and __delete__ is a data descriptor
class F:
    __slots__ = ("__priv", "pub")
    def __init__(self):
        self.__priv = 1
        self.pub = 2
    def get(self): return self.__priv
f = F()
print(f.get(), f.pub)
try:
    f.other = 3
except AttributeError as e:
    print("AE", e)
class D:
    def __get__(self, obj, t=None): return "got"
    def __delete__(self, obj): print("deleted")
class B:
    x = D()
b = B()
try:
    b.x = 1
except AttributeError as e:
    print("AE", e)
print(b.x)
del b.x
class P:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class Bad(P, unknown=1): pass
except TypeError as e:
    print("TE", e)
class Good(P): pass
print(Good.__name__)
