# reflected operand precedence and NotImplemented fallbacks
class Base:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        print(f"{type(self).__name__}.__add__")
        return NotImplemented
    def __radd__(self, o):
        print(f"{type(self).__name__}.__radd__")
        return "radd-result"
    def __eq__(self, o):
        print(f"{type(self).__name__}.__eq__")
        return NotImplemented
class Sub(Base):
    def __radd__(self, o):
        print("Sub.__radd__ override")
        return "sub-radd"
try:
    print(Base(1) + Base(2))
except TypeError as e:
    print("TypeError:", e)
print(Base(1) + Sub(2))
print(Sub(1) + Base(2))
print(1 + Base(1))
try:
    Base(1) + 1
except TypeError as e:
    print(e)
print(Base(1) == Base(1))
b = Base(1)
print(b == b)
class Sub2(Base):
    pass
print(Base(1) + Sub2(1))
class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v})"
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        return Num((o.v if isinstance(o, Num) else o) - self.v)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __rfloordiv__(self, o): return Num(o // self.v)
    def __rmod__(self, o): return Num(o % self.v)
    def __rlshift__(self, o): return Num(o << self.v)
    def __rrshift__(self, o): return Num(o >> self.v)
    def __rand__(self, o): return Num(o & self.v)
    def __ror__(self, o): return Num(o | self.v)
    def __rxor__(self, o): return Num(o ^ self.v)
    def __rmatmul__(self, o): return Num(("matmul", o))
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __rpow__(self, o): return Num(o ** self.v)
print(10 - Num(3), 10 / Num(4), 10 // Num(4), 10 % Num(4), 1 << Num(3), 64 >> Num(2))
print(12 & Num(10), 12 | Num(3), 12 ^ Num(5), [1] @ Num(0), divmod(7, Num(2)), 2 ** Num(5))
print(sum([Num(1), Num(2), Num(3)]), 0.5 + Num(1))
class Left:
    def __lt__(self, o):
        print("Left.__lt__"); return NotImplemented
class Right:
    def __gt__(self, o):
        print("Right.__gt__"); return "gt-from-right"
print(Left() < Right())
class OnlyLe:
    def __le__(self, o): return "le"
    def __ge__(self, o): return "ge"
print(OnlyLe() <= 1, 1 <= OnlyLe(), 1 >= OnlyLe())
try:
    1 < OnlyLe()
except TypeError as e:
    print(e)
# __eq__ returning NotImplemented on both sides falls back to identity
class N1:
    def __eq__(self, o): return NotImplemented
x = N1()
print(x == x, x == N1(), x != x, x != N1())
print([x].count(x), x in [x], x in [N1()])
