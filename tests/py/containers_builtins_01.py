# sorting with key/reverse, stability; builtins min/max/sum/any/all/enumerate/zip/map/filter/reversed/sorted/range
recs = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "LA"), ("dave", 30, "NY"), ("eve", 22, "SF"), ("Frank", 25, "LA")]
print(sorted(recs))
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: (r[2], -r[1])))
print(sorted(recs, key=lambda r: r[0].lower()))
print(sorted(recs, key=lambda r: r[0]))
byage = sorted(recs, key=lambda r: r[2]); byage.sort(key=lambda r: r[1]); print([r[0] for r in byage])
print(sorted("Hello World"), sorted("bca", reverse=True), sorted({3: 1, 1: 2}), sorted([3.5, 1, True, -2]), sorted([[2, 1], [1, 2], [1]]))
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted(["aa", "b", "ccc"], key=len, reverse=True), sorted([-3, 2, -1], key=abs))
words = ["pear", "fig", "apple", "kiwi", "date"]
print(min(words), max(words), min(words, key=len), max(words, key=len), min([], default="none"), max([3, 1], default=0), min(3, 1, 2), max("abc"), min((2, "b"), (2, "a")))
print(max([1, 5, 5, 2], key=lambda v: -v), max(["a", "bb", "cc"], key=len), min(["a", "bb", "cc", "d"], key=len))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(range(101)), sum([True, True]), sum((0.5, 0.25)), sum([], 5), sum(x * x for x in range(4)))
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate("ab", start=-1)))
print(list(zip("abc", range(10))), list(zip()), list(zip([1, 2], "xy", (True, False))), dict(zip("ab", "cd")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "x", [], [0]])), list(filter(lambda v: v % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), "".join(reversed("hello")))
r = range(10, 0, -3)
print(list(r), len(r), r[0], r[-1], r[1:3], 4 in r, 7 in r, r.index(4), r.count(7), range(5) == range(0, 5), range(0) == range(2, 1), list(range(-5)), list(range(1, 10, 4)))
print(range(3), range(1, 5, 2), repr(range(0, 10, 1)), list(range(5)[::-1]), range(10)[2:8:2])
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: min([]), lambda: max(), lambda: sum(["a", "b"], ""), lambda: sorted([1, "a"]), lambda: range(5)[10], lambda: range(3).index(5), lambda: sum([1], start="x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
it = iter([1, 2, 3]); print(next(it), list(it), next(it, "end"))
print(list(zip(*[(1, "a"), (2, "b")])), [list(t) for t in zip(*[[1, 2, 3], [4, 5, 6]])])
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]), sorted([0.1, -0.0, 0.0, -1e-9]))
