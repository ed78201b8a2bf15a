# mapping protocol via keys()/__getitem__
class Cfg:
    def __init__(self, **kw): self._d = kw
    def keys(self):
        print("keys()")
        return list(self._d)
    def __getitem__(self, k):
        print("getitem", k)
        return self._d[k]
c = Cfg(a=1, b=2)
print(dict(c))
def f(**kw): return kw
print(f(**c))
print({**c, "z": 0})
d = {}
d.update(c)
print(d)
class Pairs:
    def __iter__(self):
        return iter([("x", 1), ("y", 2)])
print(dict(Pairs()))
d2 = {}
d2.update(Pairs())
print(d2, dict(Pairs(), z=3))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(e)
class BadKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return k
try:
    f(**BadKeys())
except TypeError as e:
    print(e)
print(dict(BadKeys()))
class MyMap:
    def __init__(self): self.data = {"k1": "v1", "k2": "v2"}
    def __getitem__(self, k): return self.data[k]
    def __len__(self): return len(self.data)
    def __iter__(self): return iter(self.data)
    def keys(self): return self.data.keys()
    def items(self): return self.data.items()
    def __contains__(self, k): return k in self.data
m = MyMap()
print(dict(m), list(m), len(m), "k1" in m, {**m}, sorted(m.items()))
print("{k1}-{k2}".format(**m), "%(k1)s/%(k2)s" % m)
