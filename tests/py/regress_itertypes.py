# Regression: enumerate, zip, map, filter and reversed are classes (isinstance, type(), subscripting)
print(enumerate, zip, map, filter, reversed)
print(list(enumerate("ab", 1)), list(enumerate(iterable="ab", start=2)))
print(list(zip("ab", [1, 2], strict=True)), list(map(pow, [2, 3], [2, 2])), list(filter(None, [0, 1, 2])))
print(list(reversed(range(3))), isinstance(zip(), zip), isinstance(map(str, []), map), issubclass(enumerate, object))
print(type(enumerate).__name__, enumerate.__name__, callable(zip), enumerate[int])
e = enumerate([5]); print(iter(e) is e, next(e), isinstance(e, enumerate), type(e) is enumerate)
print(sorted(map(abs, [-3, 1, -2])), dict(zip("ab", range(2))), tuple(enumerate([])))
for f in (lambda: zip(x=1), lambda: map(str), lambda: filter(None), lambda: reversed(), lambda: reversed(5), lambda: enumerate(5)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
