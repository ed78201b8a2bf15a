# Regression: unexpected class keywords reach object.__init_subclass__ (TypeError with the qualname), also through a metaclass's type.__new__
def mk():
    class A(foo=1): pass
try:
    mk()
except TypeError as e: print(e)
class Q:
    pass
try:
    object.__init_subclass__(a=1)
except TypeError as e: print(e)
class M2(type): pass
try:
    class Z(metaclass=M2, foo=1): pass
except TypeError as e: print(e)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("meta new", name, sorted(kw))
        return super().__new__(mcs, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class C(Base, flag=3): pass
print(C.flag)
