# Regression: dict.popitem() and set.pop() called __hash__ again (a key whose hash changed stayed in the dict); popitem() walked every key
class K:
    frozen = False
    def __init__(self, n): self.n = n
    def __hash__(self):
        if K.frozen: raise RuntimeError("hash after freeze")
        return self.n
    def __eq__(self, o): return self is o
    def __repr__(self): return f"K{self.n}"

k = K(1)
d = {k: "v", "x": 1}
del d["x"]
k.n = 2
print(d.popitem(), d, len(d))
s = {k}
k.n = 3
print(s.pop(), s, len(s))

d = {K(1): "a", K(2): "b", "s": 3}
s = {K(3)}
K.frozen = True
print(d.popitem(), d.popitem(), len(d))
print(d.popitem(), d)
print(s.pop(), s)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
K.frozen = False

# the last key in insertion order, whatever happened since the previous popitem()
d = dict.fromkeys("abcdef", 0)
print(d.popitem())
d["x"] = 1
print(d.popitem(), d.popitem())
del d["b"]
d["b"] = 2
print(d.popitem(), list(d))
d["c"] = 3
d["z"] = 4
del d["z"]
print(d.popitem(), d.popitem(), list(d))
d.update({"p": 5, "q": 6})
d.setdefault("r", 7)
print(d.popitem(), d)
d.clear()
d[K(4)] = "k"
d[(1, 2)] = "t"
d[5] = "i"
print(d.popitem(), d.popitem(), d.popitem(), d)
d = {i: i * i for i in range(10)}
for i in range(0, 10, 3):
    del d[i]
d[3] = "again"
print([d.popitem() for _ in range(4)], d)
e = d.copy()
print(e.popitem(), d.popitem(), e == d)

# emptying a large dict by popitem() takes linear time
d = dict.fromkeys(range(200000))
n = 0
while d:
    d.popitem()
    n += 1
print(n)
d = {}
for i in range(100000):
    d[i] = i
    if i % 3 == 0:
        d.popitem()
print(len(d), d.popitem())
