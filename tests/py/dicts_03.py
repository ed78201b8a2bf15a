# Dict merge operators, equality, nested dicts, keys of various types
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a | b, b | a)
c = dict(a)
c |= b
print(c)
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} == {1: 1.0})
nested = {"outer": {"inner": {"deep": [1, 2]}}}
nested["outer"]["inner"]["deep"].append(3)
print(nested)
mixed = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(mixed)
print(mixed[1], mixed[(1, 2)], mixed[None])
print({**a, "w": 0, **b})
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
inv = {v: k for k, v in counts.items()}
print(inv)
