# __eq__ / __hash__ interplay
class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, K) and self.k == o.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return f"K({self.k})"

d = {K(1): "a", K(2): "b"}
print(d[K(1)], K(2) in d, K(3) in d)
s = {K(1), K(1), K(2)}
print(len(s))

class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print(e)

class Child(K):
    def __eq__(self, o): return False
print(Child.__hash__ is None)
class Child2(K):
    pass
print(Child2.__hash__ is K.__hash__)

class Plain: pass
p = Plain()
print(p == p, p != p, p == Plain())
print(hash(p) == hash(p))
st = {p, p}
print(len(st))

class HashOnly:
    def __hash__(self): return 42
h1, h2 = HashOnly(), HashOnly()
print(hash(h1), len({h1, h2}), h1 == h2)

class HashBig:
    def __hash__(self): return 2**70
print(hash(HashBig()) == hash(2**70))
class HashBad:
    def __hash__(self): return "x"
try:
    hash(HashBad())
except TypeError as e:
    print(e)
class HashNeg:
    def __hash__(self): return -1
print(hash(HashNeg()))

class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
seen = {}
for p in [Pt(1, 2), Pt(2, 1), Pt(1, 2)]:
    seen[p] = seen.get(p, 0) + 1
print(sorted(v for v in seen.values()))
