# Regression: an instance whose __hash__ and __eq__ match an int, str or None key is the same dict key and set element, both ways
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, K) else o)
    def __repr__(self): return f"K({self.v!r})"
d = {1: "one", "s": "ess", None: "none", 2.5: "f"}
print(d[K(1)], d[K("s")], d[K(None)], d[K(2.5)], K(3) in d, d.get(K("t")))
d[K("s")] = "ESS"; print(d)
del d[K(1)]; print(d, d.pop(K(None)), d)
e = {K(1): "a", K("x"): "b"}
print(e[1], e["x"], 1 in e, "x" in e, True in e, 1.0 in e, e.get(2))
e["x"] = "B"; e[1] = "A"; print(e)
print(e.pop("x"), e)
s = {1, "a", None}
print(K(1) in s, K("a") in s, K("b") in s)
s.add(K(1)); s.add(K("z")); print(len(s), sorted(map(repr, s)))
s.discard(K("a")); print(len(s))
t = {K(5), K("q")}
print(5 in t, "q" in t, 6 in t)
t.add(5); t.add("q"); print(len(t))
print({1: 0} == {K(1): 0}, {K(1)} == {1}, frozenset([K(2)]) == frozenset([2]))
u = {}
u.update({K(7): 1}); u[7] = 2; print(u)
print(dict.fromkeys([1, K(1), "a", K("a")]))
print(set([1, K(1), 2, K(3)]) - {3})
