# Regression: __module__ was missing from the class namespace and from instances
X = type('X', (), {'a': 1})
print([k for k in vars(X) if k in ('a', '__module__')], X.__module__, X)
class C:
    x = 1
    def f(self): pass
print(list(vars(C))[:3], C.__module__, C().__module__, vars(C)['__module__'])
print('__module__' in vars(C), '__module__' in dir(C), '__module__' in dir(C()))
C.__module__ = 'foo'
print(C, C().__module__)
class M(type): pass
Y = M('Y', (), {})
print(list(vars(Y))[:1], Y.__module__)
class D(C): pass
print(list(vars(D))[:1], D.__module__, D().__module__)
print(int.__module__, '__module__' in vars(int), (1).__class__.__module__)
class E(Exception): pass
print(E().__module__, E.__module__, vars(E)['__module__'])
class N:
    __module__ = "custom"
print(N, N().__module__)
class Meta(type):
    def __new__(m, name, bases, ns):
        print("ns", sorted(ns))
        return super().__new__(m, name, bases, ns)
class Z(metaclass=Meta): pass
print(Z.__module__)
d = {}
type('Q', (), d)
print(d)
