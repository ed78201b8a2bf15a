# Regression: for-loop targets unpacked by FOR_ITER_UNPACK (tuples, lists, strings, generators, subclasses with __iter__, wrong sizes, break/continue/else)
def gen():
    yield (1, 2)
    yield [3, 4]
    yield "ab"
pairs = [(1, 2), [3, 4], "xy", (5, 6)]
for a, b in pairs:
    print(a, b)
for a, b in gen():
    print(a, b)
for a, a in [(1, 2), (3, 4)]:
    print(a)
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
class T(tuple):
    def __iter__(self):
        return iter((9, 9))
for a, b in [T((1, 2))]:
    print(a, b)
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError as e:
    print(e)
try:
    for a, b in [(1,)]:
        pass
except ValueError as e:
    print(e)
try:
    for a, b in [5]:
        pass
except TypeError as e:
    print(e)
def f(xs):
    t = 0
    for i, (a, b) in enumerate(xs):
        t += i * a - b
        if a > 100:
            break
        if b < 0:
            continue
    else:
        t += 1000
    return t
print(f([(1, 2), (3, -4), (5, 6)]), f([(1, 2), (300, 1)]))
def g():
    for x, y, z in [(1, 2, 3)] * 3:
        yield x + y + z
print(list(g()))
n = 0
for a, b in zip(range(100000), range(100000)):
    n += a - b
print(n)
