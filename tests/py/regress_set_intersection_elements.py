# Regression: set intersection kept the left operand's elements; CPython keeps those of the side it iterates
class K:
    def __init__(self, v, t): self.v, self.t = v, t
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return self.v
    def __repr__(self): return f"{self.v}{self.t}"
def S(t, *vs): return {K(v, t) for v in vs}
def show(s): return sorted(s, key=lambda k: k.v)
print(show(S("a", 1, 2, 3) & S("b", 2)))
print(show(S("a", 2) & S("b", 1, 2, 3)))
print(show(S("a", 1, 2) & S("b", 1, 2)))
print(show(S("a", 1, 2).intersection(S("b", 2, 3, 4))))
print(show(S("a", 1, 2, 3).intersection(S("b", 2))))
print(show(S("a", 1, 2, 3).intersection([K(2, "l"), K(2, "m")])))
print(show(S("a", 2).intersection([K(2, "l"), K(1, "m"), K(3, "n")])))
print(show(S("a", 1, 2, 3).intersection(S("b", 1, 2), S("c", 2, 3, 4, 5))))
print(show(S("a", 1, 2).intersection()), S("a", 1).intersection() is not None)
x = S("a", 1, 2, 3); x &= S("b", 2); print(show(x))
x = S("a", 2); x &= S("b", 1, 2, 3); print(show(x))
x = S("a", 1, 2); y = x; x &= S("b", 1, 2); print(show(x), x is y)
x = S("a", 1, 2, 3); x.intersection_update(S("b", 2)); print(show(x))
x = S("a", 1, 2, 3); x.intersection_update([K(2, "l")], S("c", 2, 3)); print(show(x))
print(show(frozenset(S("a", 1, 2, 3)) & S("b", 2)), type(frozenset(S("a", 1, 2, 3)) & S("b", 2)).__name__)
print(show(S("a", 1, 2, 3) & frozenset(S("b", 2))), type(S("a", 1, 2, 3) & frozenset(S("b", 2))).__name__)
d = {K(1, "d"): 0, K(2, "d"): 0, K(3, "d"): 0}
print(show(d.keys() & S("b", 2)), show(S("b", 2) & d.keys()))
print(show(d.keys() & [K(2, "l")]))
print(show(d.keys() & S("b", 1, 2, 3, 4)))
e = {K(2, "e"): 0}
print(show(d.keys() & e.keys()), show(e.keys() & d.keys()))
print({1, 2} & {1.0}, {1} & {1.0, 2.0}, {True, 2} & {1, 3, 4}, {1.0, 2} & {True})
