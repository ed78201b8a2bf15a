# total_ordering by hand as a class decorator + comparisons
def total_ordering(cls):
    d = cls.__dict__
    if "__lt__" in d:
        if "__le__" not in d:
            cls.__le__ = lambda s, o: s < o or s == o
        if "__gt__" not in d:
            cls.__gt__ = lambda s, o: not (s < o or s == o)
        if "__ge__" not in d:
            cls.__ge__ = lambda s, o: not s < o
    return cls
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __hash__(self): return hash(self.parts)
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.2.10", "1.2.9", "1.10", "1.2", "0.9.9", "1.2.9"]]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(Version("2.0") >= Version("2.0"), Version("2.0") <= Version("2.0"))
print(len(set(vs)), sorted(set(vs), reverse=True))
print(Version("1.0") < Version("1.0.0"), Version("3") > Version("2.99"))
print(a < b < Version("2"), a < b > Version("2"))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"lt {self.v} {o.v}")
        return self.v < o.v
print(Cmp(1) < Cmp(2) < Cmp(3))
print(Cmp(3) < Cmp(2) < Cmp(1))
print(Cmp(1) > Cmp(0))
