# Star expressions in many positions
first, *middle, last = range(10)
print(first, middle, last)
print([*middle[:2], *"xy", *(1, 2)], {*"aa", *"b"} == {"a", "b"})
def f(*a, **k):
    return a, k
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}, z=3))
def ret():
    rest = [2, 3]
    return 1, *rest
print(ret())
for a, *b in ((1, 2, 3), (4,)):
    print(a, b)
head, *_ = "hello"
*_, tail = "hello"
print(head, tail)
x = *range(3), 9
print(x)
print(*[1, 2], *[3], sep=",")
d = {"a": 1, **{"b": 2}, "c": 3, **{"a": 10}}
print(d)
