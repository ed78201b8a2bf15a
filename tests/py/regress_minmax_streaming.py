# Regression: max()/min() read their iterable item by item, calling key and comparing before reading on
def gen(n):
    for i in range(n):
        print("yield", i)
        yield i

def key(x):
    print("key", x)
    if x == 1:
        raise ValueError("bad key")
    return x

print(max(gen(3), key=lambda x: print("key", x) or x))
print(min(gen(3), key=lambda x: print("key", x) or -x))
try:
    max(gen(4), key=key)
except ValueError as e:
    print("ValueError", e)

class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        if self.v == 2:
            raise TypeError("no compare")
        return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v

def cgen():
    for i in range(4):
        print("yield C", i)
        yield C(i)

try:
    min(cgen())
except TypeError as e:
    print("TypeError", e)
print(max(cgen()).v)
print(max([], default="empty"), min(iter(()), default=None))
try:
    max(x for x in [])
except ValueError as e:
    print("ValueError", e)
print(max(3, 1, 2, key=lambda x: -x), min("b", "a", "c"))
print(max([1, 3, 2]), min((4, 2, 9)), max("hello"), min({5, 3, 8}), max({1: 2, 7: 0}))
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(sum(x for x in gen(3)), any(gen(5)), all(gen(5)))
