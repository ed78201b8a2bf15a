# min/max on mixed sequences, sorted on tuples with None sentinels avoided
print(max([1, 2], [1, 3]), min("b", "a", "c"), max((1, 2, 3)), min({3: 0, 1: 0}))
print(max(range(10), key=lambda x: (x % 3, x)))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(sorted([(2, "b"), (1, "b"), (2, "a")], key=lambda t: t[1]))
print(sorted(range(10), key=lambda x: x % 3))
print(round(sum([0.1, 0.2, 0.3]), 5), abs(-3) + abs(-4.5))
print(list(map(len, ["a", "bb", ""])), list(map(int, "123")))
