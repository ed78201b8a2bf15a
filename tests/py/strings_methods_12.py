# str() and repr() of common values
vals = [1, -2.5, True, None, "s", [1, 2], (1,), (), {"k": [1, (2, 3)]}, {1, 2}, frozenset(), set(), b"x", 0]
for v in vals:
    print(str(v), repr(v))
print(str("nested 'q'"), repr(["it's", 'a"b']))
print([["a"], ("b", None)])
print({"x": {"y": {"z": ()}}})
