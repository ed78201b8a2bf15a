# super().name(...) calls: the function past the class is called with the instance directly;
# everything else (descriptors, class receivers, errors, rebinding) behaves as through a super object.


class A:
    def f(self, x):
        return x + 1

    def g(self):
        return "A.g"

    @classmethod
    def c(cls):
        return "c:" + cls.__name__

    @staticmethod
    def st(v):
        return v * 2

    @property
    def p(self):
        return "A.p"


class B(A):
    def f(self, x):
        return super().f(x) * 2

    def g(self):
        return super().g() + "+B"

    def c2(self):
        return super().c()

    def st2(self):
        return super().st(4)

    def p2(self):
        return super().p

    def nope(self):
        return super().missing()

    def r(self):
        return super().__repr__()[:3]

    @classmethod
    def cm(cls):
        return super().c()


class C(B):
    def f(self, x):
        return super().f(x) + 100


print(C().f(1), B().g(), B().c2(), B().st2(), B().p2(), B().r(), C.cm())
try:
    B().nope()
except AttributeError as e:
    print("AttributeError:", e)

# an instance attribute of the same name does not shadow the class's method for super()
b = B()
b.g = lambda: "instance"
print(b.g(), B.g(b))

# a method replaced on the base class after the first calls is the one called next
for i in range(3):
    if i == 2:
        A.g = lambda self: "new A.g"
    print(B().g())

# self that is not an instance of the class: TypeError as from super(type, obj)
try:
    B.g(A())
except TypeError as e:
    print("TypeError:", e)


# a builtin class in the MRO: its methods, and a mixin's method past it
class Mixin:
    def extra(self):
        return "Mixin.extra"


class L(list, Mixin):
    def append(self, x):
        return super().append(x * 2)

    def extra(self):
        return "L>" + super().extra()


lst = L()
lst.append(3)
lst.append(4)
print(lst, lst.extra())


class D(dict):
    def get(self, k, default=None):
        return ("D", super().get(k, default))


print(D(a=1).get("a"), D().get("zz", 0))


# a descriptor (not a plain function) on the parent
class Base:
    def __init__(self):
        self.log = []

    def m(self, v):
        self.log.append(v)
        return len(self.log)


class Callable:
    def __call__(self, *a):
        return ("called", a)


class WithObj(Base):
    m2 = Callable()


class Sub(WithObj):
    def m(self, v):
        return super().m(v) * 10

    def m2(self):
        return super().m2(1, 2)


s = Sub()
print(s.m("x"), s.m("y"), s.log, s.m2())


# keyword arguments and defaults through super()
class K(A):
    def f(self, x=10, *, y=1):
        return super().f(x) + y


class K2(K):
    def f(self, x=20, *, y=2):
        return super().f(x, y=y * 3)


print(K2().f(), K2().f(5, y=0))

# super rebound to something else is called as given
def use_rebound():
    class Q(A):
        def g(self):
            return super().g()
    return Q().g()


real_super = super
super = lambda *a: A()
print(use_rebound())
super = real_super
print(use_rebound())


# a super() call in a loop, with the errors the called method raises
class Acc:
    def add(self, x):
        if x == 7:
            raise ValueError("seven")
        return x


class Acc2(Acc):
    def add(self, x):
        return super().add(x) + 1


total = 0
a2 = Acc2()
for i in range(10):
    try:
        total += a2.add(i)
    except ValueError as e:
        print("caught", e)
print(total)
