# Regression: dict keys/items views were hashable, and comparing an items view with a set hashed values before checking sizes
d = {"a": [1], "b": 2}
for f in [lambda: hash({}.keys()), lambda: hash({}.items()), lambda: hash({}.values()) is not None,
          lambda: d.items() == {("a", 1)}, lambda: d.items() == {("b", 2)}, lambda: d.items() == {("b", 2), ("a", 3)},
          lambda: {"a": [1]}.items() == {("a", 1)}, lambda: ("a", [1]) in d.items(), lambda: ("a", [2]) in d.items(),
          lambda: d.items() <= {("a", 1)}, lambda: d.items() >= {("b", 2)}, lambda: d.items() > {("b", 2)},
          lambda: {"b": 2}.items() < d.items(), lambda: d.items() == d.items(), lambda: d.keys() == {"a", "b"},
          lambda: d.items() != {("a", 1)}, lambda: {"a": 1}.items() == [("a", 1)], lambda: d.items() & {("b", 2)},
          lambda: d.items() | {("c", 3)}, lambda: d.items() - {("b", 2)}, lambda: d.items() ^ {("b", 2)},
          lambda: {"a": 1}.items() == {"a": 1}.items(), lambda: d.items().isdisjoint({("a", 1)}),
          lambda: {1}.__hash__ is None, lambda: type({}.keys()).__hash__ is None, lambda: {("a", 1)} == {"a": 1}.items(),
          lambda: {("a", 1)} <= {"a": 1, "b": [2]}.items(), lambda: {("b", [2])} <= {"a": 1, "b": [2]}.items()]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
for f in [lambda: {d.keys()}, lambda: {d.items(): 1}, lambda: len({d.values()}), lambda: d.keys() == d.keys(),
          lambda: d.keys() < {"a", "b", "c"}, lambda: {"a"} < d.keys(), lambda: frozenset({"a", "b"}) == d.keys(),
          lambda: d.keys() == ["a", "b"], lambda: d.keys() != d.items(), lambda: d.values() == d.values()]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
