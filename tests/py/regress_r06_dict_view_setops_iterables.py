# Regression: dict view set operations accept any iterable
d = {"a": 1, "b": 2, "c": 3}
print(d.keys() & ["a", "z"], sorted(d.keys() - "ab"), sorted(d.keys() | ("x",)), d.items() & [("a", 1)], ["a"] & d.keys())
