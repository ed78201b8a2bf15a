# Unpacking, iteration and membership driven by dunders
class Triple:
    def __init__(self, a, b, c):
        self.t = (a, b, c)
    def __iter__(self):
        return iter(self.t)
    def __len__(self):
        return 3
x, y, z = Triple(1, 2, 3)
print(x, y, z)
first, *rest = Triple("a", "b", "c")
print(first, rest)
print(list(Triple(1, 2, 3)), tuple(Triple(4, 5, 6)), set(Triple(1, 1, 2)), dict(zip(Triple("a", "b", "c"), range(3))))
print(max(Triple(3, 9, 2)), sorted(Triple(3, 1, 2)), sum(Triple(1, 2, 3)), 2 in Triple(1, 2, 3))
print(*Triple("p", "q", "r"))
print([v * 2 for v in Triple(1, 2, 3)], "-".join(Triple("x", "y", "z")))
def f(a, b, c):
    return a + b + c
print(f(*Triple(1, 2, 3)))
class Mapping:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()), {**Mapping()})
def g(**kw):
    return kw
print(g(**Mapping()))
