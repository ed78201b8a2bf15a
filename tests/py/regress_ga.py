# Regression: generic aliases (list[int] and friends): repr, __origin__/__args__, calls, equality and hashing, unions, isinstance errors, alias bases
def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, ...]:
    return tuple(x)
print(f([1, 2]))
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], set[str], frozenset[int])
a = list[int]
print(a([1, 2, 3]), a.__origin__, a.__args__)
print(isinstance([], list), list[int] == list[int], list[int] == list[str])
print(f.__annotations__)
x: list[str] = []
print(type(a).__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(repr(list[int | None]))
print(hash(list[int]) == hash(list[int]), (int | str) == (str | int), list[int] | list[int], (list[int] | None).__args__)
print(list[int].__name__, list[int].__module__, list[int].append)
print(repr(list['x']), list[1], list[list], dict[str, 'T'], tuple[()], tuple[int, str])
print(isinstance(list[int], type), type[int], type(enumerate([]))[str])
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print(e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)
class C(list[int]):
    pass
print(C.__bases__, C.__orig_bases__, C([1, 2]) + [3], C.__mro__)
class D(dict[str, int], metaclass=type):
    def total(self):
        return sum(self.values())
print(D(a=1, b=2).total(), D.__orig_bases__)
class G:
    def __class_getitem__(cls, item):
        return f"G of {item}"
print(G[int], G[int, str])
d = {list[int]: 1}
print(d[list[int]], list[int] in {list[int]}, list[int] != list[int], dict[str, int](x=1))
print({int | None: 2}[None | int] if False else (int | None) == (None | int))
print(type(list[int]))
