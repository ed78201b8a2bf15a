# sorted, min, max with key/default, sum with start
data = [("a", 3), ("b", 1), ("c", 2)]
print(sorted(data, key=lambda t: t[1]), sorted([3, 1, 2], reverse=True))
print(min(data, key=lambda t: t[1]), max(data, key=lambda t: t[1]))
print(min([], default="none"), max([], default=0), min([5], default=9))
print(max("apple", "fig", "banana", key=len), min("apple", "fig", "banana", key=len))
print(max([1, 5, 5, 2], key=lambda x: -x), max([(1, "b"), (1, "a")]))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum(range(5), start=100), sum([]))
print(sorted("BaCa"), sorted("BaCa", key=str.lower), sorted({3: "x", 1: "y"}))
print(max(3, 3.0), min(2, 2.0), max([2, 2.0]))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]))
