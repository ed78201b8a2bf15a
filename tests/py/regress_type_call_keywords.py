# Regression: type(name, bases, dict, **kw) rejected keywords instead of passing them to __init_subclass__
def t(f):
    try: print(repr(f()))
    except TypeError as e: print('TypeError', e)
t(lambda: type('a', (), {}, x=1))
class B:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
C = type('C', (B,), {}, x=1, y=2)
print(C.__name__, C.__bases__)
t(lambda: type('a', (), x=1))
t(lambda: type(1, x=1))
t(lambda: type(x=1))
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('M.__new__', name, kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        pass
class D(metaclass=M): pass
E = type('E', (D,), {}, z=3)
print(type(E).__name__)
