# isinstance/issubclass, type(), type comparisons
vals = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset(), None, True, range(1), len]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object))
print(type(1) is int, type(True) is bool, type(True) is int, isinstance(True, int))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(int, type))
print(type(type(1)).__name__, type(int).__name__, type(None).__name__)
print(int.__name__, str.__name__, list.__name__, Exception.__name__, ValueError.__mro__[1].__name__)
