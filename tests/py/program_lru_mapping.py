# LRU cache as a mapping class
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self._d = {}
        self.hits = self.misses = 0
    def __getitem__(self, k):
        if k not in self._d:
            self.misses += 1
            raise KeyError(k)
        self.hits += 1
        v = self._d.pop(k)
        self._d[k] = v
        return v
    def __setitem__(self, k, v):
        if k in self._d:
            self._d.pop(k)
        elif len(self._d) >= self.capacity:
            oldest = next(iter(self._d))
            print("evict", oldest)
            del self._d[oldest]
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __contains__(self, k): return k in self._d
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
    def get(self, k, default=None):
        try:
            return self[k]
        except KeyError:
            return default
    def items(self): return [(k, self._d[k]) for k in self]
    def __repr__(self): return f"LRU({self.capacity}, {self._d})"
c = LRU(3)
for k in "abc":
    c[k] = ord(k)
print(c)
c["a"]
c["d"] = 100
print(list(c), "b" in c, len(c))
print(c.get("b"), c.get("c"), c.get("zz", -1))
c["e"] = 5
c["f"] = 6
print(c.items(), c.hits, c.misses)
del c["f"]
try:
    del c["f"]
except KeyError as e:
    print("KeyError", e)
print(dict(c.items()), sorted(c), max(c, key=lambda k: c._d[k]))
def cached(cache):
    def deco(fn):
        def w(n):
            if n in cache:
                return cache[n]
            r = fn(n)
            cache[n] = r
            return r
        return w
    return deco
memo = LRU(50)
@cached(memo)
def ways(n):
    if n < 0: return 0
    if n == 0: return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(30), memo.hits, memo.misses, len(memo))
