# Regression: classmethod objects were callable (CPython 3.10+: only staticmethod objects are)
def f(*a): return a
for g in [lambda: classmethod(f)(1), lambda: staticmethod(f)(1), lambda: callable(classmethod(f)), lambda: callable(staticmethod(f)),
          lambda: dict.__dict__["fromkeys"](dict, "ab"), lambda: callable(dict.__dict__["fromkeys"]), lambda: classmethod(f)()]:
    try:
        print(g())
    except TypeError as e:
        print("TypeError", e)
class CM(classmethod):
    def __call__(self, *a): return ("called", a)
print(CM(f)(1), callable(CM(f)))
class C:
    @classmethod
    def m(cls): return cls.__name__
    x = m
    try:
        m()
    except TypeError as e:
        print("TypeError", e)
print(C.m(), C.x())
print(callable(staticmethod(1)), callable(classmethod(f)))
class SM(staticmethod): pass
print(SM(f)(2), callable(SM(f)))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name)
        return {}
    @classmethod
    def __instancecheck__(mcls, inst): return True
    @classmethod
    def __subclasscheck__(mcls, sub): return True
class C(metaclass=Meta): pass
print(isinstance(1, C), issubclass(int, C))
class D:
    @classmethod
    def __init_subclass__(cls, **kw): print("isc", cls.__name__)
    @classmethod
    def __subclasshook__(cls, sub): return True
class E(D): pass
class B:
    @classmethod
    def __mro_entries__(cls, bases): return (object,)
class F(B()): pass
print(F.__mro__)
class G:
    @classmethod
    def __missing__(cls, k): return 1
class H(dict):
    @classmethod
    def __missing__(cls, k): return cls.__name__
print(H()["x"])
class I:
    @classmethod
    def __set_name__(cls, owner, name): print("set_name", cls.__name__, owner.__name__, name)
class J:
    i = I()
class K:
    @classmethod
    def __len__(cls): return 3
    @classmethod
    def __getitem__(cls, i): return i
    @classmethod
    def __iter__(cls): return iter([1])
    @classmethod
    def __contains__(cls, x): return True
    @classmethod
    def __bool__(cls): return False
    @classmethod
    def __enter__(cls): return cls
    @classmethod
    def __exit__(cls, *a): return None
    @classmethod
    def __add__(cls, o): return "add"
    @classmethod
    def __getattr__(cls, n): return n
    @classmethod
    def __lt__(cls, o): return "lt"
    @classmethod
    def __hash__(cls): return 5
    @classmethod
    def __index__(cls): return 2
k = K()
print(len(k), k[1], list(k), 1 in k, bool(k), k + 1, k.zz, k < 1, hash(k), [1,2,3][k], 1 + k if False else "")
with k as v: print(v)
