# __eq__ without __hash__ makes unhashable; __hash__ consistency; __ne__ derived
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
print(K(1) == K(1), K(1) != K(1), K(1) != K(2))
print(K.__hash__ is None)
class H(K):
    __hash__ = object.__hash__
print(type(hash(H(1))).__name__)
class Ci:
    def __init__(self, s):
        self.s = s
    def __eq__(self, o):
        return self.s.lower() == o.s.lower()
    def __hash__(self):
        return hash(self.s.lower())
d = {Ci("Key"): 1}
print(d[Ci("KEY")], Ci("a") in {Ci("A")})
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(7), hash(-3), hash(0))
print(hash("abc") == hash("ab" + "c"), hash((1, "x")) == hash((1, "x")))
