# Regression: building a dict or set from a dict or set called __hash__ again instead of reusing the stored hashes
class K:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        K.calls += 1
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%r)" % (self.v,)

a, b, c = K(1), K(2), K(3)
s = {a, b}
t = {b, c}
d = {a: 1, b: 2}
fs = frozenset(s)

def count(name, f):
    K.calls = 0
    r = f()
    print(name, K.calls, sorted(r, key=repr) if isinstance(r, (set, frozenset, dict)) else r)

count("set(s)", lambda: set(s))
count("set(d)", lambda: set(d))
count("frozenset(s)", lambda: frozenset(s))
count("frozenset(d)", lambda: frozenset(d))
count("{*s, *d}", lambda: {*s, *d})
count("s | t", lambda: s | t)
count("s & t", lambda: s & t)
count("s - t", lambda: s - t)
count("s ^ t", lambda: s ^ t)
count("fs | t", lambda: fs | t)
count("s.union(d)", lambda: s.union(d))
count("s.intersection(t)", lambda: s.intersection(t))
count("s.difference(d)", lambda: s.difference(d))
count("s.symmetric_difference(d)", lambda: s.symmetric_difference(d))
count("s.issubset(t)", lambda: s.issubset(t))
count("s.issuperset(t)", lambda: s.issuperset(t))
count("s.isdisjoint(t)", lambda: s.isdisjoint(t))
count("s <= t", lambda: s <= t)
count("s == set(s)", lambda: s == fs)
count("dict(d)", lambda: dict(d))
count("{**d}", lambda: {**d})
count("d | d", lambda: d | d)
count("dict.fromkeys(d)", lambda: dict.fromkeys(d))
count("dict.fromkeys(s)", lambda: dict.fromkeys(s))
count("d.keys() | s", lambda: d.keys() | s)
count("d.keys() - s", lambda: d.keys() - s)
count("d.keys() ^ s", lambda: d.keys() ^ s)
count("hash(frozenset)", lambda: hash(frozenset(s)) == hash(frozenset(s)))
count("s.intersection([a])", lambda: s.intersection([a]))

def inplace(name, f):
    x = set(s)
    e = dict(d)
    K.calls = 0
    f(x, e)
    print(name, K.calls, sorted(x, key=repr), sorted(e, key=repr))

def ior(x, e): x |= t
def iand(x, e): x &= t
def isub(x, e): x -= t
def ixor(x, e): x ^= t
def dior(x, e): e |= d
inplace("|=", ior)
inplace("&=", iand)
inplace("-=", isub)
inplace("^=", ixor)
inplace("update(d)", lambda x, e: x.update(d))
inplace("symmetric_difference_update(d)", lambda x, e: x.symmetric_difference_update(d))
inplace("dict.update(d)", lambda x, e: e.update(d))
inplace("dict |= d", dior)

# a key whose hash changed after insertion travels under the hash it was stored with
k = K(10)
d2 = {k: "x"}
s2 = {k}
k.v = 20
print(k in d2, k in dict(d2), k in {**d2}, k in d2.copy())
print(k in s2, k in set(s2), k in frozenset(s2), k in s2 | set(), k in set(d2))
print(K(10) in set(s2), K(10) in dict(d2), K(20) in dict.fromkeys(s2))
print(set(s2) == s2, len(s2 - {K(20)}), len(s2 - {K(10)}))

# a set subclass is merged from its storage, not through its __iter__
class S(set):
    def __iter__(self):
        return iter([9])
print(sorted(set(S([1, 2]))), sorted(frozenset(S([1, 2]))), sorted({*S([1, 2])}))
print(sorted({1} | S([3])), sorted(set().union(S([4]))), sorted({1, 2} - S([1])))
x = {1, 2}
x.update(S([3]))
print(sorted(x))

# issuperset and isdisjoint hash each element: a set element is not retried as a frozenset
for f in (lambda: {frozenset({1})}.issuperset([{1}]), lambda: {frozenset({1})}.isdisjoint([{1}]),
          lambda: {frozenset({1})}.difference_update([{1}])):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print({1} in {frozenset({1})}, {frozenset({1})}.discard({1}))
