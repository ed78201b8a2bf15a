# __slots__-free plain data holders, equality and hashing
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        if not isinstance(other, Pair):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Pair({self.a}, {self.b})"
p1, p2, p3 = Pair(1, 2), Pair(1, 2), Pair(2, 1)
print(p1 == p2, p1 == p3, p1 != p3, p1 is p2, p1 == (1, 2))
s = {p1, p2, p3}
print(len(s))
d = {p1: "first"}
print(d[p2])
print(p1 in [p3, p2], [p1, p3].index(Pair(2, 1)), [p1, p2, p3].count(p1))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash() == 5)
