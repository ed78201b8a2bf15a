# Unpacking in function calls and returns
def f(a, b, c=3, *args, **kwargs):
    return a, b, c, args, kwargs
print(f(*[1, 2]))
print(f(*(1, 2, 3, 4, 5)))
print(f(1, *[2], **{"c": 30, "d": 40}))
print(f(**{"a": "A", "b": "B"}))
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 2, 9])
print(lo, hi)
def swap(*pair):
    return pair[::-1]
print(swap(1, 2))
args = [[1, 2], [3, 4]]
print(list(zip(*args)))
head, *tail = minmax(range(5))
print(head, tail)
d = {"x": 1, "y": 2}
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
