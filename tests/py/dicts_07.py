# Dict equality, views comparisons and dict() from keyword/iterables
a = dict(one=1, two=2)
b = {"two": 2, "one": 1}
print(a == b, a.keys() == b.keys(), a.items() == b.items(), list(a.values()) == list(b.values()))
print(a.keys() == {"one", "two"}, a.items() >= {("one", 1)}, len(a.items()))
print(dict([("x", 1), ["y", 2]]), dict(a, three=3), dict(zip(range(3), "abc")))
print(dict.fromkeys(range(3), []), {}.fromkeys("ab", 0))
d = {}
d[1], d[2] = "one", "two"
print(d, list(d.items())[::-1], {v: k for k, v in d.items()})
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), {**{}, **{}} == {})
