# Regression: container updates from an iterator add items one by one (partial on error, generator sees changes)
def upto_bad(seq):
    for t in seq:
        yield int(t)

l = []
try:
    l.extend(upto_bad("1 2 x 4".split()))
except ValueError as e:
    print("ValueError", e)
print(l)
l = [1]; l.extend(len(l) for _ in range(3)); print(l)
l = [1]; l += (len(l) for _ in range(3)); print(l)
l = [0]
try:
    l += upto_bad("5 x")
except ValueError:
    pass
print(l)
l = [1, 2]; l.extend(l); print(l)
l = [1, 2]; l += l; print(l)
l = [1]; l.extend((1, 2)); l.extend("ab"); l.extend({3: 4}); l.extend({5}); print(l)

d = {}
try:
    d.update((k, int(k)) for k in "12x")
except ValueError:
    pass
print(d)
d = {}
try:
    d |= ((k, int(k)) for k in "34x")
except ValueError:
    pass
print(d)
d = {"a": 1}
d.update((str(len(d)), len(d)) for _ in range(3))
print(d)
try:
    d = {}
    d.update(["ab", "cde"])
except ValueError as e:
    print("ValueError", e, d)

class M:
    def keys(self):
        return ["a", "b", "c"]
    def __getitem__(self, k):
        if k == "c":
            raise KeyError(k)
        return k * 2
d = {}
try:
    d.update(M())
except KeyError as e:
    print("KeyError", e)
print(d)

s = set()
try:
    s.update(upto_bad("1 2 x 4".split()))
except ValueError:
    pass
print(sorted(s))
s = {100}
s.update(len(s) for _ in range(3))
print(sorted(s))
s = {1, 2, 3, 4}
try:
    s.difference_update(upto_bad("1 2 x 4".split()))
except ValueError:
    pass
print(sorted(s))
s = {0, 1, 2, 3, 4}
s.difference_update(len(s) for _ in range(3))
print(sorted(s))
s = {1, 2}; s.difference_update(s); print(s)
s = {1, 2}; s.update(s); print(s)
s = {1, 2, 3}
try:
    s.symmetric_difference_update(upto_bad("1 5 x"))
except ValueError:
    pass
print(sorted(s))
s = {1, 2, 3}
try:
    s.intersection_update(upto_bad("1 2 x"))
except ValueError:
    pass
print(sorted(s))

def noisy(items):
    for x in items:
        print("yield", x)
        yield x
print({1, 2}.issuperset(noisy([1, 3, 2])))
print({1, 2}.isdisjoint(noisy([3, 1, 4])))
try:
    {1}.update(noisy([1, [], 2]))
except TypeError as e:
    print("TypeError", e)
try:
    {1}.union(noisy([1, [], 2]))
except TypeError as e:
    print("TypeError", e)
try:
    {1}.intersection(noisy([1, [], 2]))
except TypeError as e:
    print("TypeError", e)
try:
    set(noisy([1, [], 2]))
except TypeError as e:
    print("TypeError", e)
try:
    dict(noisy([(1, 2), [], (3, 4)]))
except TypeError as e:
    print("TypeError", e)
except ValueError as e:
    print("ValueError", e)
try:
    s = {1}
    s |= noisy([2])
except TypeError as e:
    print("TypeError", e)
l = [9]
list.__init__(l, (len(l) for _ in range(2)))
print(l)
s = {9}
set.__init__(s, (len(s) for _ in range(2)))
print(s)
