# Regression: __class__ of staticmethod, classmethod, bound and builtin methods is their own type, and they do not pass the wrapped function's __defaults__/__code__ through
def f(a, b=2):
    "fdoc"
class C:
    def m(self):
        "mdoc"
    def __repr__(self):
        return 'C()'
def has(o, names):
    return [n for n in names if hasattr(o, n)]
NAMES = ('__func__', '__wrapped__', '__self__', '__defaults__', '__code__', '__globals__', '__kwdefaults__',
         '__name__', '__qualname__', '__module__', '__call__', '__get__', '__dict__', '__objclass__', '__annotations__')
objs = [staticmethod(f), classmethod(f), C().m, f, [].append, len, list.append, (1).__add__, int.__add__,
        dict.fromkeys, dict.__dict__['fromkeys'], staticmethod(len), classmethod(len), object.__init__, C().__init__]
for o in objs:
    print(type(o).__name__, o.__class__.__name__, o.__class__ is type(o), isinstance(o, type(o)), has(o, NAMES))
sm, cm, bm = staticmethod(f), classmethod(f), C().m
print(sm.__name__, sm.__qualname__, sm.__module__, sm.__doc__, cm.__name__, cm.__func__ is f, sm.__wrapped__ is f)
print(bm.__name__, bm.__qualname__, bm.__doc__, bm.__defaults__, bm.__func__ is C.m)
print([].append.__name__, [].append.__qualname__, [].append.__module__, (1).__add__.__qualname__, (1).__add__.__objclass__)
print(list.append.__objclass__, dict.__dict__['fromkeys'].__name__, dict.__dict__['fromkeys'].__qualname__)
print(object.__new__.__self__, int.__new__.__self__, list.__new__.__qualname__, object.__new__.__module__)
c = C()
print(c.m.__eq__(c.m), C().m.__eq__(C().m), c.m.__ne__(5), c.m == c.m)
for o, name in ((C().m, 'zz'), ([].append, 'zz'), (staticmethod(len), 'zz'), (staticmethod(f), '__defaults__')):
    try:
        getattr(o, name)
    except AttributeError as e:
        print("AttributeError:", e)
