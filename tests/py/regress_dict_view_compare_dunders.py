# Regression: dict keys/items views' comparison dunders called directly compare with sets and views
k = {"a": 1, "b": 2}.keys()
i = {"a": 1}.items()
v = {"a": 1}.values()
print(k.__eq__({"a", "b"}), k.__ne__({"a", "b"}), k.__lt__({"a", "b", "c"}), k.__le__({"a", "b"}),
      k.__gt__({"a"}), k.__ge__(frozenset({"a", "b"})))
print(i.__eq__({("a", 1)}), i.__le__({("a", 1), ("b", 2)}), i.__gt__(set()), i.__eq__({"a": 1}.items()))
print(k.__eq__({"a": 0, "b": 0}.keys()), k.__eq__(i), k.__eq__(["a", "b"]), k.__lt__("ab"), k.__eq__({"a": 1, "b": 2}))
class S(set):
    pass
print(k.__eq__(S("ab")), k.__ge__(S("a")), type(k).__le__(k, {"a", "b"}), type(i).__ne__(i, {("a", 2)}))
print(v.__eq__(v), v.__eq__({1}))
print(k == {"a", "b"}, {"a", "b"} == k, k <= {"a", "b", "c"}, {"a"} < k, k == ["a", "b"], i != {("a", 1)})
for f in [lambda: type(k).__eq__(1, 2), lambda: k.__eq__(), lambda: k.__lt__({1}, {2})]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
