# Tuples with identical items are found in sets and dicts without dispatching ==; the rest as before.
nan = float("nan")
s = {(1, 2), (1.0, 3), ("a", nan), (nan, 1)}
print((1, 2) in s, (1.0, 2.0) in s, (1, 3) in s, ("a", nan) in s, (nan, 1) in s, (float("nan"), 1) in s, (True, 2) in s)
class T(tuple):
    def __eq__(self, o):
        return False
    __hash__ = tuple.__hash__
print(T((1, 2)) in s, (1, 2) in {T((1, 2))})
d = {(1, "x"): 5}
d[(1, "x")] += 1
d[(1.0, "x")] += 1
print(d, len({(i % 3, i % 2) for i in range(100)}))
