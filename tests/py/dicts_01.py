# Dict basics and methods
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["b"], d.get("z"), d.get("z", 0))
print("a" in d, "z" not in d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d.update({"d": 4, "a": 10})
print(d)
d.update(e=5)
d.update([("f", 6)])
print(d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
print(d.setdefault("b", 99), d.setdefault("new", []), d)
del d["b"]
print(d)
d2 = d.copy()
d2.clear()
print(d, d2)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([(1, "x")]), dict({"k": "v"}, k2="v2"), dict(zip("xy", [1, 2])))
