# Regression: type.__new__ with the wrong number of arguments was an internal error
class M(type): pass
tests = [
    lambda: type.__new__(type, "X"),
    lambda: type.__new__(M),
    lambda: type.__new__(type),
    lambda: type.__new__(type, "X", ()),
    lambda: type.__new__(type, "X", (), {}, 4),
    lambda: type.__new__(),
    lambda: type.__new__(5, "X", (), {}),
    lambda: type.__new__(int, "X", (), {}),
    lambda: type.__new__(type, 1, (), {}),
    lambda: type.__new__(type, "X", [], {}),
    lambda: type.__new__(type, "X", (), []),
    lambda: type("X"),
    lambda: type("X", ()),
    lambda: type(),
    lambda: type("X", (), {}, 1),
    lambda: M("X"),
    lambda: M(),
    lambda: type.__new__(M, "X", (), {}).__name__,
    lambda: type.__new__(type, "X", (), {}, y=1),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
