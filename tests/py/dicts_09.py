# dict_keys and dict_items as set-like views: comparisons and set operations
d = {"a": 1, "b": 2}
print(d.keys() >= {"a"}, d.keys() <= {"a", "b", "c"}, d.keys() < {"a", "b", "c"}, d.keys() > {"a"})
print(d.items() >= {("a", 1)}, d.items() <= {("a", 1), ("b", 2), ("c", 3)})
print(sorted(d.keys() & {"b", "z"}), sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}), sorted(d.keys() ^ {"a", "q"}))
print(d.keys().isdisjoint({"x"}), d.items().isdisjoint({("a", 2)}))
