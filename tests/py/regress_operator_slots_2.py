# Regression: operator dispatch corner cases: methods assigned or deleted after first use, static and class methods as dunders, subclass priority, str/int/list/tuple/float/complex subclasses with reflected methods, repetition by __index__, and x *= seq for a left operand whose class has sequence methods
class A:
    def __repr__(self): return "A"
a = A()
def t(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ": " + str(e)
print(t(lambda: a + 1), t(lambda: 1 + a), t(lambda: "s" * a))
A.__add__ = lambda s, o: "added"
A.__radd__ = lambda s, o: "radded"
print(t(lambda: a + 1), t(lambda: 1 + a), t(lambda: "s" + a))
A.__index__ = lambda s: 3
print(t(lambda: "s" * a), t(lambda: [0] * a), t(lambda: a * "s"))
del A.__add__
print(t(lambda: a + 1), t(lambda: 1 + a))
class B(A): pass
print(t(lambda: B() + 1), t(lambda: 1 + B()))
A.__radd__ = None
print(t(lambda: 1 + a))
class SM:
    @staticmethod
    def __add__(x, y): return ("static", type(x).__name__, y)
    @classmethod
    def __radd__(cls, o): return ("cls", cls.__name__, o)
print(t(lambda: SM() + 1), t(lambda: 1 + SM()))
class K(int):
    pass
K.__add__ = lambda s, o: "K.add"
print(t(lambda: K(1) + 1), t(lambda: 1 + K(1)))
class M(list):
    pass
m = M([1])
m += (2,)
print(m, type(m).__name__)
M.__iadd__ = lambda s, o: "M.iadd"
m += (3,)
print(m)
class Str(str):
    pass
print(t(lambda: Str("a") + "b"), t(lambda: "b" + Str("a")), t(lambda: Str("a") * 2), t(lambda: 2 * Str("a")))
Str.__add__ = lambda s, o: "Str.add"
print(t(lambda: Str("a") + "b"), t(lambda: "b" + Str("a")))
del Str.__add__
print(t(lambda: Str("a") + "b"), t(lambda: "b" + Str("a")))
class Vec:
    def __init__(self, *c): self.c = c
    def __add__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    __radd__ = __add__
    def __mul__(self, k): return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __iadd__(self, o): self.c = tuple(a + b for a, b in zip(self.c, o.c)); return self
    def __repr__(self): return f"Vec{self.c}"
v = Vec(1, 2)
v += Vec(3, 4)
print(v, 2 * v, v * 2, t(lambda: v + 1), t(lambda: 1 + v), sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try: sum([Vec(1, 1)])
except TypeError as e: print(e)
class P(tuple):
    def __add__(self, o): return P(tuple.__add__(self, o))
    def __repr__(self): return "P" + tuple.__repr__(self)
print(P((1,)) + (2,), (2,) + P((1,)), t(lambda: P((1,)) * 2))
class Q(float):
    def __radd__(self, o): return "Q.radd"
print(1.5 + Q(2), Q(2) + 1.5, 1 + Q(2), Q(2) + 1, True + Q(1))
class Z(complex):
    def __rmul__(self, o): return "Z.rmul"
print(2 * Z(1), 2.0 * Z(1), 1j * Z(1), Z(1) * 2)
x = 5
x *= Q(2)
print(x)
y = [1]
y *= K(2)
print(y)
class NoSeq:
    def __mul__(self, o): return NotImplemented
    def __index__(self): return 2
print(t(lambda: NoSeq() * [1]), t(lambda: [1] * NoSeq()), t(lambda: "ab" * NoSeq()))
n = NoSeq()
def f():
    global n
    n *= [1]
print(t(f))
print(t(lambda: divmod(K(7), 2)), t(lambda: pow(Q(2), 2)), t(lambda: K(2) ** -1), t(lambda: K(7) // 0))
class Si(str): pass
class Ij(int): pass
class Lk(list): pass
class Tk(tuple): pass
class Bk(bytes): pass
vals = [lambda: Si("s"), lambda: "s", lambda: Ij(3), lambda: 3, lambda: Lk([1]), lambda: [1], lambda: Tk((1,)), lambda: (1,), lambda: Bk(b"b"), lambda: True, lambda: {1}]
def ip(x, op, y):
    if op == "+": x += y
    elif op == "*": x *= y
    else: x %= y
    return x
for a in vals:
    for b in vals:
        for op in "+*%":
            row = []
            for f in (lambda: {"+": lambda x, y: x + y, "*": lambda x, y: x * y, "%": lambda x, y: x % y}[op](a(), b()), lambda: ip(a(), op, b())):
                try:
                    r = f()
                    row.append(repr(str.__str__(r)) if isinstance(r, str) else repr(r))
                except TypeError as e:
                    row.append("TypeError: " + str(e))
            print(type(a()).__name__, op, type(b()).__name__, "=", " | ".join(row))
