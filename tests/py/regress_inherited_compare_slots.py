# Comparisons of instances whose classes inherit their builtin base's comparison slots compare as
# the base does, with no call; classes with comparisons of their own (or changed later) call them.
class Symbol(str):
    def __repr__(self):
        return "Sym(" + str(self) + ")"
class I(int):
    pass
class P:
    pass
s, t = Symbol("a"), Symbol("b")
print(s == "a", "a" == s, s != "a", s < t, t >= s, s == t, Symbol("x") in ["x"], sorted([t, s]))
print(I(3) == 3, I(3) < 2.5, 2.5 > I(3), I(1) == 1.0, I(2) != I(2), max(I(1), I(5), 3))
p, q = P(), P()
print(p == p, p == q, p != q, p != p)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v)
        return isinstance(o, E) and self.v == o.v
    __hash__ = object.__hash__
print(E(1) != E(1), E(1) != E(2))
Symbol.__eq__ = lambda a, b: "custom"
print(s == "zzz", s != "a")
del Symbol.__eq__
print(s == "a")
I.__lt__ = lambda a, b: "I.lt"
print(I(1) < 5, 5 > I(1))
