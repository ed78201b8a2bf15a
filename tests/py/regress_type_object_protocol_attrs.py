# Regression: type.__prepare__, type.__or__/__ror__, object.__subclasshook__, object.__getstate__ and type's __dict__ descriptors (__name__, __mro__...)
class A: pass
a = A()
print(a.__getstate__())
a.x = 1
print(a.__getstate__(), a.__getstate__() is a.__dict__)
class S:
    __slots__ = ('p', 'q')
s = S()
print(s.__getstate__())
s.q = 2
print(s.__getstate__())
class SD:
    __slots__ = ('p', '__dict__')
sd = SD(); sd.p = 1; sd.z = 3
print(sd.__getstate__())
print((5).__getstate__(), [].__getstate__())
class L(list): pass
l = L(); print(l.__getstate__()); l.k = 1; print(l.__getstate__())
print(object.__subclasshook__(), A.__subclasshook__(int), type(object.__subclasshook__).__name__)
print(type.__prepare__(), type.__prepare__('A', (), x=1), type(type.__dict__['__prepare__']).__name__)
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 5), int | None, A | int)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = super().__prepare__(name, bases, **kw)
        print("prepare", type(d).__name__, kw)
        d['h'] = 5
        return d
    def __new__(m, n, b, ns, **kw):
        return super().__new__(m, n, b, ns)
class B(metaclass=M, k=1):
    y = h
print(B.y)
class M2(type): pass
class C2(metaclass=M2): x = 1
print(C2.x, M2.__prepare__('a', ()))
try:
    type.__or__(5, int)
except TypeError as e: print(e)
td = type.__dict__
print(td['__name__'].__get__(B), td['__qualname__'].__get__(A), td['__mro__'].__get__(A), td['__bases__'].__get__(B))
td['__name__'].__set__(A, 'AA'); print(A.__name__, A)
try: td['__mro__'].__set__(A, ())
except AttributeError as e: print(e)
try: td['__name__'].__get__(5)
except TypeError as e: print(e)
print(B.__doc__, M.__doc__, M.__module__, M.__name__, M.__dict__['__module__'])
print(A.__doc__, type.__module__, A.__module__, int.__module__)
# type's data descriptors win over names a class body sets
class N:
    __name__ = 'x'
    __class__ = int
    __mro__ = 5
    __bases__ = 7
    __base__ = 9
print(N.__name__, N.__class__, N.__mro__, N.__bases__, N.__base__, N().__name__, N().__class__)
print(sorted(k for k in type.__dict__ if k in ('__name__', '__qualname__', '__module__', '__bases__', '__mro__', '__base__', '__dict__', '__doc__', '__annotations__', '__prepare__', '__or__', '__ror__')))
print([k for k in ('__subclasshook__', '__getstate__') if k in object.__dict__])
