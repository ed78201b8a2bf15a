# Regression: a class body using __class__ or super() passes __classcell__ to its metaclass; dropping it is CPython's RuntimeError
class M(type):
    def __new__(m, n, b, ns):
        print('ns keys', sorted(ns), type(ns.get('__classcell__')).__name__)
        return super().__new__(m, n, b, ns)
class Y(metaclass=M):
    "doc"
    def f(self):
        return __class__
    x: int = 1
print(Y().f() is Y, '__classcell__' in Y.__dict__)
class Z(metaclass=M):
    def g(self):
        return 1
class Drop(type):
    def __new__(m, name, bases, ns):
        clean = {k: v for k, v in ns.items() if k != '__classcell__'}
        return super().__new__(m, name, bases, clean)
try:
    class A(metaclass=Drop):
        def m(self):
            return super().m()
    print("created")
except RuntimeError as e:
    print("RuntimeError:", e)
class Copy(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, dict(ns))
class B(metaclass=Copy):
    def who(self):
        return __class__.__name__
print(B().who())
class Other(type):
    def __new__(m, name, bases, ns):
        super().__new__(m, name, bases, dict(ns))
        return super().__new__(m, name + '2', bases, {k: v for k, v in ns.items() if k != '__classcell__'})
try:
    class C(metaclass=Other):
        def m(self):
            return __class__
except TypeError as e:
    print("TypeError:", e)
try:
    type('X', (), {'__classcell__': 5})
except TypeError as e:
    print("TypeError:", e)
# super() works in hooks that run while the class is created
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('init_subclass', cls.__name__, cls.hello())
    @classmethod
    def hello(cls):
        return 'base hello'
class Der(Base):
    @classmethod
    def hello(cls):
        return 'der+' + super().hello()
