# Regression: static, class and plain methods called on a class or an instance keep CPython's binding and errors
class Base:
    base = 5

    def __init__(self, v=0):
        self.v = v

    @staticmethod
    def sq(x):
        return x * x

    @classmethod
    def make(cls, v):
        return (cls.__name__, cls.base + v)

    def plain(self, k):
        return (type(self).__name__, k)


class Sub(Base):
    base = 100


b, s = Base(1), Sub(2)
for _ in range(2):
    print(Base.sq(3), b.sq(4), Sub.sq(5), s.sq(6))
    print(Base.make(1), b.make(2), Sub.make(3), s.make(4))
    print(Base.plain(b, 1), Base.plain(s, 2), Sub.plain(b, 3), b.plain(4))
    Base.__init__(b, 9)
    print(b.v)

# an instance attribute shadows a static or class method (non-data descriptors)
b.sq = lambda x: "shadow"
b.make = lambda v: "shadow make"
print(b.sq(1), b.make(2), Base(0).sq(2))

# replaced on the class after being called
Base.sq = staticmethod(lambda x: -x)
Sub.make = classmethod(lambda cls, v: ("new", cls.__name__, v))
print(Base.sq(3), s.sq(3), Sub.make(1), s.make(2), Base.make(3))


# a staticmethod subclass with its own __get__, a staticmethod of a builtin, a metaclass
class LoudStatic(staticmethod):
    def __get__(self, obj, t=None):
        return lambda *a: ("loud", a)


class Meta(type):
    def hello(cls):
        return "meta hello " + cls.__name__


class W(metaclass=Meta):
    st = LoudStatic(lambda x: x)
    ln = staticmethod(len)

    @classmethod
    def cm(cls):
        return cls.__name__


print(W.st(1), W().st(2), W.ln("abc"), W().ln([1]), W.hello(), W.cm(), W().cm())

# argument errors name the function as CPython does
for call in (lambda: Base.make(1, 2), lambda: b.make(), lambda: Base.sq(), lambda: Sub.plain(1, 2, 3), lambda: Base.plain(b)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(type(Base.__dict__["make"]).__name__, Base.make.__self__ is Base, b.v)
