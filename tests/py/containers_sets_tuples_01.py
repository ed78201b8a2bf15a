# set/frozenset, tuple methods, unpacking incl. starred
s = {1, 2, 3}; t = {3, 4}
print(s | t, s & t, s - t, s ^ t, s <= {1, 2, 3, 4}, s < s, s >= {1}, s.isdisjoint({9}), s.issubset(range(5)), s.issuperset([1, 2]))
print(s.union([5], (6,)), s.intersection(t, {3}), s.difference([1], [2]), s.symmetric_difference([1, 9]))
u = set(s); u.add(10); u.discard(99); u.remove(1); u |= {20}; u &= {2, 3, 10, 20, 30}; u -= {3}; u ^= {40, 2}
print(sorted(u), len(u))
u.update([1, 2], {5}); u.intersection_update(range(10)); u.difference_update([5]); u.symmetric_difference_update({7})
print(sorted(u), u.pop() in {1, 7}, len(u))
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f == {1, 2, 3}, frozenset() == set(), {f: 1}[frozenset({1, 2, 3})], f.union([4]))
print(set(), frozenset(), set("aab") == {"a", "b"}, len({(1, 2), (1, 2)}), {1, 1.0, True}, set([0, False]))
for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: f.add(1), lambda: {1} + {2}, lambda: s < [1]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
tp = (1, 2, 3, 2)
print(tp.count(2), tp.index(3), tp[1:], tp * 2, tp + (4,), (1,) < (1, 0), tuple("ab"), tuple(), (5,), tuple([1]) == (1,), hash((1, 2)) == hash((1, 2)))
a, b = 1, 2; a, b = b, a; print(a, b)
first, *rest = [1, 2, 3, 4]; print(first, rest)
*init, last = "abcd"; print(init, last)
h, *mid, tl = (1, 2); print(h, mid, tl)
(p, q), r = (1, 2), 3; print(p, q, r)
[x, [y, *z]] = [1, [2, 3, 4]]; print(x, y, z)
for i, (c, *more) in enumerate(["ab", "c"]): print(i, c, more)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *{"k": 1}], (*"xy",), {*[1, 2], *[2, 3]}, {**{"a": 1}, "b": 2})
for bad_src in [[1, 2, 3], [1], "ab"]:
    try:
        m, n = bad_src
        print(m, n)
    except ValueError as e:
        print("ValueError", e)
try:
    m, n, *o = [1]
except ValueError as e:
    print("ValueError", e)
try:
    m, n = 5
except TypeError as e:
    print("TypeError", e)
d = {}
d["k"], d["j"] = 1, 2
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(d, lst)
i = 0; lst2 = [10, 20]
i, lst2[i] = 1, 99
print(i, lst2)
x = y = z = []
x.append(1); print(y, z is x)
a, b, c = range(3); print(a, b, c)
(a, b), c = "xy", "z"; print(a, b, c)
k1, k2 = {"one": 1, "two": 2}; print(k1, k2)
