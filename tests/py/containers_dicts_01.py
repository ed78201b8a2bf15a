# dict methods, views, set ops on views, merge operators
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 100), d)
print(d.pop("d"), d.pop("zz", "dflt"), d.popitem(), d)
d.update({"x": 9}, y=10); d.update([("z", 11)]); d.update(a=-1)
print(d, len(d), "a" in d, 1 in d, list(d), list(d.values()), list(d.items()))
k = d.keys(); v = d.values(); it = d.items()
d["new"] = 0
print(k, v, it, len(k))
print(k & {"a", "zzz"}, sorted(k | {"q"}), sorted(k - {"a"}), sorted(k ^ {"a", "w"}), k == {"a", "b", "x", "y", "z", "new"}, "a" in k, ("a", -1) in it, -1 in v)
print(sorted(it & {("a", -1), ("b", 3)}), k.isdisjoint({"q"}), k <= {"a", "b", "x", "y", "z", "new", "m"}, k > {"a"})
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"a": 1}, b=2), dict(zip("ab", range(2))))
m1 = {"a": 1, "b": 2}; m2 = {"b": 3, "c": 4}
print(m1 | m2, m2 | m1, m1)
m1 |= m2; print(m1)
m1 |= [("d", 5)]; print(m1)
print({**m2, "e": 6, **{"b": 0}})
try:
    m1 | [("x", 1)]
except TypeError as e:
    print("TypeError", e)
print(reversed(d) is not None, list(reversed(d)), list(reversed(d.items()))[:2], list(reversed(d.values()))[:2])
c = d.copy(); c.clear(); print(c, d["a"])
for bad in [lambda: d["missing"], lambda: {}.popitem(), lambda: d.pop("missing"), lambda: {[1]: 2}, lambda: dict([(1, 2, 3)]), lambda: dict(1), lambda: d[[1]]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
e = {1: "int", 1.0: "float", True: "bool"}
print(e, {0: 0, False: 1, 0.0: 2}, {(1, 2): "t", frozenset([1]): "f"})
try:
    for key in d:
        d["other"] = 1
except RuntimeError as ex:
    print("RuntimeError", ex)
dd = {i: i * i for i in range(5)}
for key in list(dd):
    if key % 2:
        del dd[key]
print(dd, {k: v for k, v in sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1])})
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 1, "a": 2}), str({"k": "v", 2: [3]}))
print(repr({}), repr({"x": {"y": {}}}), {1: None}.get(1, "dflt"))
