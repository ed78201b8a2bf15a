# Regression: a starred annotation of *args (PEP 646, def f(*args: *tuple[int, ...])) was invalid syntax; iterating a generic alias gives its unpacked form
a = tuple[int, ...]
u, = a
print(u, type(u).__name__, u.__unpacked__, a.__unpacked__)
print([*a], list(list[int]), type(iter(a)).__name__)
print(u == a, u != a, u == [*a][0], u.__origin__, u.__args__)
print(u.__typing_unpacked_tuple_args__, a.__typing_unpacked_tuple_args__)
print([*list[int]][0].__typing_unpacked_tuple_args__)
print(hash(u) == hash(a), [*u])
def f(*args: *tuple[int, ...]): pass
print(f.__annotations__)
def g(*args: *[5], **kw: int) -> None: pass
print(g.__annotations__)
try:
    def h(*args: *[1, 2]): pass
except ValueError as e:
    print(e)
try:
    def h(*args: *3): pass
except TypeError as e:
    print(e)
class C:
    def m(self, *a: *tuple[str]): pass
print(C.m.__annotations__)
def k(x, *a: *(t for t in [tuple[int]]), y=1): pass
print(k.__annotations__)
for x in tuple[int, str]:
    print(x)
