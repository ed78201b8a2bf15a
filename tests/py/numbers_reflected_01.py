# numeric interplay with user types: reflected ops, __index__, NotImplemented
class R:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return f"radd({o})"
    def __rsub__(self, o): return f"rsub({o})"
    def __rmul__(self, o): return f"rmul({o})"
    def __rtruediv__(self, o): return f"rtruediv({o})"
    def __rfloordiv__(self, o): return f"rfloordiv({o})"
    def __rmod__(self, o): return f"rmod({o})"
    def __rpow__(self, o): return f"rpow({o})"
    def __rlshift__(self, o): return f"rlshift({o})"
    def __rand__(self, o): return f"rand({o})"
    def __ror__(self, o): return f"ror({o})"
    def __rxor__(self, o): return f"rxor({o})"
    def __rdivmod__(self, o): return f"rdivmod({o})"
    def __rmatmul__(self, o): return f"rmatmul({o})"
r = R(1)
print(1 + r, 2.5 - r, True * r, 3 / r, 4 // r, 5 % r, 2 ** r, 1 << r, 6 & r, 7 | r, 8 ^ r, divmod(9, r), [1] + r, "s" * r, (1,) + r, None @ r if False else "")
print("%s" % "x" if False else "", "fmt" % r if False else "")
class Idx:
    def __index__(self): return 3
print([1, 2] * Idx(), "ab" * Idx(), Idx() * "cd", (0,) * Idx(), bytes(Idx()), list(range(Idx())), [10, 20, 30, 40][Idx()], "%x" % Idx() if False else "")
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, Num): return Num(self.v + o.v)
        if isinstance(o, (int, float)): return Num(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v or o == self.v
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Num) else o)
    def __repr__(self): return f"Num({self.v})"
    def __neg__(self): return Num(-self.v)
    def __abs__(self): return Num(abs(self.v))
    def __bool__(self): return self.v != 0
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __round__(self, n=None): return Num(round(self.v, n))
    __hash__ = None
print(Num(1) + 2, 2 + Num(1), Num(1) + Num(2), sum([Num(1), Num(2)], Num(0)), sum([Num(1), Num(2)]), -Num(3), abs(Num(-4)), bool(Num(0)), int(Num(2.7)), float(Num(3)), round(Num(2.567), 1), round(Num(2.5)))
print(Num(1) == 1, 1 == Num(1), Num(2) > Num(1), Num(1) < 2, sorted([Num(3), Num(1), Num(2)]), max(Num(1), Num(5)), min([Num(4), Num(2)]))
try:
    Num(1) + "s"
except TypeError as e:
    print("TypeError", e)
try:
    "s" + Num(1)
except TypeError as e:
    print("TypeError", e)
try:
    {Num(1)}
except TypeError as e:
    print("TypeError", e)
