# LRU cache implemented with a dict (insertion order) and a decorator using it
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value
    def __repr__(self):
        return f"LRU({list(self.data.items())})"
c = LRU(3)
for k in "abcab":
    c.put(k, k.upper())
print(c)
c.get("a")
c.put("d", "D")
print(c, c.get("b"), c.get("c", "gone"))
print(c.hits, c.misses)
def lru(capacity):
    def deco(fn):
        cache = LRU(capacity)
        def wrapper(n):
            sentinel = object()
            v = cache.get(n, sentinel)
            if v is sentinel:
                v = fn(n)
                cache.put(n, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco
@lru(50)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache.hits, fib.cache.misses)
