# Regression: property getters cached by attribute loads stay correct when classes change
class A:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v * 2
    @property
    def w(self, k=10):
        return self._v + k


def read(o):
    return o.v


a = A(3)
print([read(a) for _ in range(3)], a.w, a.v + a.w)

# the class attribute replaced after the loads were cached
A.v = 99
print(read(a), a.v)
A.v = property(lambda self: -self._v)
print(read(a), a.v)
del A.v
try:
    read(a)
except AttributeError as e:
    print("AttributeError", e)


# a property wins over an instance attribute of the same name
class B:
    @property
    def x(self):
        return "prop"


b = B()
b.__dict__["x"] = "inst"
print(b.x, b.x, vars(b))


# a getter raising AttributeError falls back to __getattr__
class C:
    @property
    def p(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "getattr:" + name


c = C()
print(c.p, c.p)


# in a subclass, and after a base class changes
class Base:
    @property
    def kind(self):
        return "base"


class Sub(Base):
    pass


def kinds(objs):
    return [o.kind for o in objs]


objs = [Base(), Sub(), Base()]
print(kinds(objs))
Sub.kind = property(lambda self: "sub")
print(kinds(objs))
Base.kind = "plain"
print(kinds(objs))


# __class__ reassigned between classes with different properties
class P1:
    @property
    def name(self):
        return "P1"


class P2:
    @property
    def name(self):
        return "P2"


o = P1()
seen = []
for cls in (P1, P2, P1):
    o.__class__ = cls
    seen.append(o.name)
print(seen)


# a property subclass with its own __get__ is called as such
class Loud(property):
    def __get__(self, obj, t=None):
        return "loud:" + str(super().__get__(obj, t))


class D:
    @Loud
    def q(self):
        return 7


d = D()
print(d.q, d.q)


# getters that are not straight-line bodies: loops, generators, closures, recursion
class E:
    def __init__(self):
        self.items = [1, 2, 3]
        self.n = 0

    @property
    def total(self):
        t = 0
        for i in self.items:
            t += i
        return t

    @property
    def gen(self):
        yield from self.items

    @property
    def counter(self):
        self.n += 1
        return self.n

    @property
    def deep(self):
        return self.deep


e = E()
print(e.total, list(e.gen), e.counter, e.counter, [e.counter for _ in range(3)])
try:
    e.deep
except RecursionError as err:
    print("RecursionError", str(err)[:30])


# a getter that takes no argument, or the wrong number
class F:
    x = property(lambda: 1)
    y = property(lambda self, other: 1)


for name in ("x", "y"):
    for _ in range(2):
        try:
            getattr(F(), name)
        except TypeError as err:
            print("TypeError", err)


# errors raised by getters keep their own messages
class G:
    @property
    def bad(self):
        return 1 / 0


g = G()
for _ in range(2):
    try:
        print(g.bad + 1)
    except ZeroDivisionError as err:
        print("ZeroDivisionError", err)


# property.__init__ replaces the getter of a property in place: a cached load sees the new one
class H:
    @property
    def x(self):
        return 1


h = H()
prop = H.__dict__["x"]
seen = []
for i in range(3):
    seen.append(h.x)
    if i == 1:
        prop.__init__(lambda self: 3)
print(seen)
prop.__init__(None)
try:
    h.x
except AttributeError as err:
    print("AttributeError", err)
