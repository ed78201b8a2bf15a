# set operations with mixed operands and errors
s = {1, 2, 3}
f = frozenset({2, 3, 4})
print(s & f, f & s, type(s & f).__name__, type(f & s).__name__, s == frozenset(s), f - s, s ^ f, f.issubset(s), s.issuperset(f))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {1, 2}, {1, 2} == {2, 1}, {1} != {1.0}, {0} == {False})
for bad in [lambda: s & [1], lambda: s | "ab", lambda: s <= [1], lambda: s - None, lambda: s.union(5), lambda: s.update(None), lambda: frozenset(5), lambda: s ^ (1,)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(s.union("ab") >= {"a"}, s.intersection([1, 9], range(3)), s.difference(), s.issubset([1, 2, 3, 4]), s.isdisjoint("abc"), s.symmetric_difference(range(2, 6)))
print(len(s | f), sum(s | f), min(f), max(s ^ f), sorted(s | f, reverse=True), 3 in f, 5 not in s, [1, 2] in [[1, 2]], (1, 2) in {(1, 2)})
e = set()
e.add(()); e.add((1,)); e.add(frozenset()); e.add(None); e.add(0); e.add(0.0); e.add(False)
print(len(e), 0 in e, False in e, () in e, None in e)
nums = {5, -3, 10, 7, 0, -1}
print(sorted(nums), sorted(nums, key=abs), {n for n in nums if n > 0} == {5, 7, 10}, {abs(n) % 3 for n in nums} == {0, 1, 2})
a = {1, 2}
b = a
a |= {3}; print(b)
a = a | {4}; print(b, a)
fs = frozenset([1, 2])
fs2 = fs
fs |= {3}; print(fs2, fs)
d = {frozenset({1, 2}): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], frozenset([1]) in d)
try:
    {1, 2}.remove(3)
except KeyError as e:
    print("KeyError", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError", e)
sd = {"x", "y"}
sd.discard("x"); print(sd, sd.copy() == sd, sd.copy() is sd)
print(set(range(5)) - set(range(0, 5, 2)), set("mississippi") == {"m", "i", "s", "p"}, len(set("mississippi")))
words = ["apple", "banana", "cherry"]
common = set(words[0]).intersection(*map(set, words[1:]))
print(common, set(words[1]) & set(words[2]), sorted(set("".join(words))))
