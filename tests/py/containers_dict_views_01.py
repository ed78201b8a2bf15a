# dict views: operations with arbitrary iterables, types, reprs, errors
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(type(k & {"a"}).__name__, k & {"a", "z"}, k - {"a", "b"}, sorted(k | {"x"}), k ^ {"a", "b"}, k == ["a", "b", "c"], k == {"c", "b", "a"}, k != {"a"})
print(it & {("a", 1)}, it - {("a", 1), ("b", 2)}, sorted(it | {("z", 0)}), ("b", 2) in it, it == {("a", 1), ("b", 2), ("c", 3)})
print(repr(k), repr(v), repr(it), str(d.keys()), list(reversed(k)), len(v), 2 in v, v == v, v == d.values())
print(k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, k >= {"a"}, it >= {("a", 1)}, k.isdisjoint(["q"]), it.isdisjoint([("a", 2)]))
print(repr(k), repr(v), repr(it), str(d.keys()), list(reversed(k)), len(v), 2 in v, v == v, v == d.values())
print(k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, k >= {"a"}, it >= {("a", 1)}, k.isdisjoint(["q"]), it.isdisjoint([("a", 2)]))
try:
    {"a": []}.items() | set()
except TypeError as e:
    print("TypeError", e)
try:
    v | {1}
except TypeError as e:
    print("TypeError", e)
try:
    k[0]
except TypeError as e:
    print("TypeError", e)
e = {}
ek = e.keys()
e["late"] = 1
print(ek, "late" in ek, len(ek), list(e.items()))
del e["late"]
print(ek, len(ek), len(d.keys()))
print(sorted(d, key=d.get), max(d, key=d.get), min(d.items(), key=lambda kv: -kv[1]), sorted(d.items(), key=lambda kv: kv[1], reverse=True)[0])
inv = {v2: k2 for k2, v2 in d.items()}
print(inv, {k2: v2 for k2, v2 in zip(d.values(), d.keys())} == inv, dict(map(reversed, d.items())))
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("x", {}).get("q", {}).get("z", "missing"), "y" in nested["x"], list(nested["x"]))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), max(counts.values()), [k2 for k2, c in counts.items() if c == max(counts.values())])
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups, {k2: len(v2) for k2, v2 in groups.items()})
merged = {**{"a": 1, "b": 2}, **{"b": 20, "c": 30}}
print(merged, dict(sorted(merged.items(), reverse=True)), dict(list(merged.items())[::-1]))
print(d == dict(c=3, b=2, a=1), list(d) == list(dict(c=3, b=2, a=1)), d.__len__(), d.__contains__("a"), {1: 2}.__getitem__(1))
