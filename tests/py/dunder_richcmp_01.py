# rich comparisons, reflection, total ordering by hand
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P({self.v})"
    def __lt__(self, o):
        print(f"{self}.__lt__({o})")
        if not isinstance(o, P): return NotImplemented
        return self.v < o.v
    def __gt__(self, o):
        print(f"{self}.__gt__({o})")
        if not isinstance(o, P): return NotImplemented
        return self.v > o.v
    def __eq__(self, o):
        print(f"{self}.__eq__({o})")
        if not isinstance(o, P): return NotImplemented
        return self.v == o.v

a, b = P(1), P(2)
print(a < b)
print(a > b)
print(a == b)
print(a != b)
try:
    print(a <= b)
except TypeError as e:
    print("TE", e)
try:
    a < 3
except TypeError as e:
    print("TE", e)
print(a == 3)
print(3 == a)

class Q(P):
    def __lt__(self, o):
        print("Q.__lt__")
        return True
    def __gt__(self, o):
        print("Q.__gt__")
        return False
# subclass reflected operator takes priority
print(P(1) < Q(2))
print(Q(1) > P(2))

print(min([P(5), P(7)]))

class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 1, 1 == AlwaysEq(), AlwaysEq() != 1)
print([1, 2, 3].index(AlwaysEq()) if False else [AlwaysEq()].count(5))
print(5 in [AlwaysEq()])

class Cmp3:
    def __eq__(self, o): return "yes"
    def __ne__(self, o): return "no"
print(Cmp3() == 1, Cmp3() != 1)
print([Cmp3()] == [Cmp3()])
