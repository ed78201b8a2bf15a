# Regression: s ^ t looked s's elements up in t, then t's in s (3.13's way); 3.12 copies t and discards or adds each element of s
class E:
    def __init__(self, name): self.name = name
    def __eq__(self, o):
        print(f"{self.name}=={getattr(o, 'name', o)}", end=" ")
        return NotImplemented
    def __hash__(self): return 1
    def __repr__(self): return self.name
a, b, c = E("a"), E("b"), E("c")
print(len({b} ^ {a}))
print(len({b, c} ^ {a}))
print(len({b}.symmetric_difference([a])))
print(len(frozenset([b]) ^ {a}))
print(len({b}.symmetric_difference({a: 1})))
s = {b}
s ^= {a}
print(len(s))
print(len(s ^ s))
n = 0
class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        global n
        n += 1
        return hash(self.v)
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
    def __repr__(self): return f"H({self.v})"
x, y, z = H(1), H(2), H(3)
s, t = {x, y}, {y, z}
n = 0
r = s ^ t
print(sorted(r, key=lambda h: h.v), n)
n = 0
r = s.symmetric_difference([H(2), H(4)])
print(sorted(r, key=lambda h: h.v), n)
one = {1}
r = one ^ {1.0, 2}
print(r, [type(v).__name__ for v in sorted(r)])
r = {1.0, 3} ^ {1, 2}
print(sorted(r), [type(v).__name__ for v in sorted(r)])
print(type(frozenset([1]) ^ {2}).__name__, type({1} ^ frozenset([2])).__name__)
