# less common container methods
fk = dict.fromkeys(["a", "b"], [])
fk["a"].append(1); print(fk)
d = {}
print(d.setdefault("x"), d, d.pop("y", None), d.get("x", "dflt"), d.pop("x"), d)
t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.index(1, 1), t.count(1), t.count(9), t.index(3, -3, -1))
try:
    t.index(3, 0, 2)
except ValueError as e:
    print("ValueError", e)
fs = frozenset([1, 2])
print(fs.copy() == fs, type(fs.copy()).__name__, fs.union(), fs.intersection(), fs.difference([1]), fs.symmetric_difference([2, 3]), fs.isdisjoint([3]), fs.issubset([1, 2]), fs.issuperset([]))
s = {3, 1, 2}
c = s.copy(); c.add(4)
print(sorted(s), sorted(c), s.pop() in {1, 2, 3}, len(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
lst = [5, 1, 4]
lst2 = lst.copy(); lst2.sort()
print(lst, lst2, lst.__class__.__name__, list.copy(lst) == lst)
dd = {"k": 1}
dd.update(); dd.update({}); dd.update(k=2); dd.update([["m", 3]]); dd.update((("n", 4),))
print(dd, list(dd.items())[-1], dd.__len__())
try:
    dd.update([("a", 1, 2)])
except ValueError as e:
    print("ValueError", e)
try:
    dd.update(["ab", "c"])
except ValueError as e:
    print("ValueError", e)
print(dict([("a", 1), "bc"]), dict(["xy"]), {}.fromkeys(range(3), 0), dict.fromkeys(""))
print(list(range(3)).__contains__(2), [1, 2].__len__(), [[1], [2]].index([2]), [(1, 2), (3, 4)].count((1, 2)), [1, 1.0, True].count(1))
ll = [1, 2, 3, 4, 5, 6]
print(ll.pop(-1), ll.pop(-2), ll, ll.insert(-100, 0), ll, ll.insert(100, 99), ll)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), sorted(frozenset({3, 1})), sorted((3, 1, 2), reverse=True), tuple(sorted("cba")))
print(len({}), len(set()), len(()), len([]), len(""), len(b""), len(range(0)), len({1: 1}.keys()), len(frozenset("aab")))
print([].__eq__([]), ().__ne__(()), {}.__eq__({}), list() == [], tuple() == (), dict() == {}, set() == frozenset())
