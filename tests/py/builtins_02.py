# any/all, enumerate/zip/map/filter with multiple iterables, reversed
print(any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 10 for x in range(20)), all(x < 10 for x in range(20)))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
print(list(zip(range(3), "abcd", [True, False, None])))
print(list(enumerate(zip("ab", "cd"))))
print([i * c for i, c in enumerate("abc")])
print(list(reversed(sorted([3, 1, 2]))))
print(list(filter(str.isdigit, "a1b2c3")))
