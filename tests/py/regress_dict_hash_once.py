# Regression: del d[k], d.pop(k) and set.discard hashed the key twice; dict == re-hashed the keys
n = 0
class K:
    def __hash__(self):
        global n
        n += 1
        return 1
k = K()
d = {k: 1}
n = 0
del d[k]
print("del", n)
d = {k: 1}
n = 0
d.pop(k)
print("pop", n)
d = {k: 1, "a": 2, 3: 4}
e = {k: 1, "a": 2, 3: 4}
n = 0
print(d == e, n)
s = {k}
n = 0
s.discard(k)
print("discard", n, s)
s = {k}
n = 0
s.remove(k)
print("remove", n, s)
class E:
    def __init__(self, v): self.v = v
    def __hash__(self):
        global n
        n += 1
        return hash(self.v)
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
d = {E(1): "a", E(2): "b"}
n = 0
print({E(1): "a", E(2): "b"} == d, n)
n = 0
del d[E(1)]
print(n, len(d))
n = 0
print(d.pop(E(2)), n, d)
