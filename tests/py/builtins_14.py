# Conversions between containers
s = "hello"
print(list(s), tuple(s), sorted(set(s)), dict.fromkeys(s), "".join(dict.fromkeys(s)))
d = {"b": 2, "a": 1}
print(list(d), tuple(d.values()), sorted(d.items()), set(d) == {"a", "b"})
print(list(enumerate(d)), dict(enumerate("ab")), list(zip(d, d.values())))
print(tuple([1, [2]]), list((1, (2,))), [*d], (*d.values(),))
print(str([1, "a"]), str((1,)), str({"k": None}), str(set()), str(frozenset({1})))
print(int("7") + int(7.9) + int(True), float(3), float("3") / 2)
