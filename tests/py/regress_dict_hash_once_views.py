# Regression: d.setdefault(k, v), k in d.keys(), d.keys() & it, d.keys().isdisjoint(it) and keys views compared hashed an absent key twice and ran its __eq__ calls twice
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("hash", self.n)
        return hash(self.n)
    def __eq__(self, o):
        print("eq", self.n, getattr(o, "n", o))
        return isinstance(o, K) and self.n == o.n
    def __repr__(self): return f"K{self.n}"
d = {K(1): "one", K(2): "two"}
print("-- setdefault new")
print(d.setdefault(K(3), 0))
print("-- setdefault old")
print(d.setdefault(K(1), 0))
print("-- in keys")
print(K(2) in d.keys())
print(K(5) in d.keys())
print("-- keys & list")
print(d.keys() & [K(1), K(7)])
print("-- keys & set-like bigger")
print(d.keys() & {K(1), K(7), K(8), K(9)})
print("-- isdisjoint list")
print(d.keys().isdisjoint([K(8), K(1)]))
print("-- isdisjoint list none")
print(d.keys().isdisjoint([K(8)]))
print("-- keys == keys")
e = {K(1): 0, K(2): 0, K(3): 0}
print(d.keys() == e.keys())
print("-- keys != keys")
print(d.keys() != e.keys())
print("-- keys <= keys")
print(d.keys() <= e.keys())
print("-- keys == set")
print(d.keys() == {K(1), K(2), K(3)})
print("-- items & list")
print(d.items() & [(K(1), "one")])
print("-- items in")
print((K(1), "one") in d.items())
print("-- view == view, __eq__ returning NotImplemented")
class E:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print(f"{self.n}=={o.n}", end=" ")
        return NotImplemented
    def __hash__(self): return 1
a, b = E("a"), E("b")
print({b: 1}.keys() == {a: 1}.keys())
print({b: 1}.keys() != {a: 1}.keys())
print({b: 1}.keys() <= {a: 1}.keys())
print({b: 1}.keys() == {a})
print({b: 1}.setdefault(a, 2))
