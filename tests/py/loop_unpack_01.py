# Loops and comprehensions over pairs (FOR_ITER_UNPACK) run in one instruction: exact tuples and
# lists go straight into the variables; anything else goes through UNPACK_SEQUENCE, errors included.
d = {"a": 1, "b": 2, "c": 3}
print([k * v for k, v in d.items()], {v: k for k, v in d.items()}, [i * x for i, x in enumerate([5, 6, 7])])
def total(pairs):
    t = 0
    for a, b in pairs:
        t += a * b
    return t
print(total([(1, 2), [3, 4], (5, 6)]))
print(total(["ab", "cd"]) if False else total([(2, 3), iter([4, 5])]))
def dot(xs, ys):
    out = []
    for x, y in zip(xs, ys):
        if x != y:
            out.append(x - y)
    return out
print(dot([1, 2, 3], [1, 5, 1]))
try:
    total([(1, 2), (3, 4, 5)])
except ValueError as e:
    print("ValueError:", e)
try:
    total([(1, 2), 7])
except TypeError as e:
    print("TypeError:", e)
class P:
    def __iter__(self):
        return iter((10, 20))
print(total([P(), (1, 1)]), [a + b for a, b in [P(), "xy"] if a])
def nested(rows):
    s = 0
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            s += i * j * v
    return s
print(nested([[1, 2], [3, 4], [5, 6]]))
