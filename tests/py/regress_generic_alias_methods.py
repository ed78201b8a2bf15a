# Regression: a method called on a generic alias is its origin's (list[int].__repr__() is list's unbound one)
a = list[int]
try:
    print(a.__repr__())
except TypeError as e:
    print("TypeError", e)
print(repr(a), a.__origin__, a.__args__, a.copy)
print(a([1, 2]), dict[str, int].fromkeys("ab", 0), tuple[int, ...]((1, 2)))
print(list[int] | None, None | list[int])
