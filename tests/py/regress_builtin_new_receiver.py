# Regression: X.__new__(Y) with Y not a subtype of X (or not safe for X) built a wrong object instead of raising TypeError
class L(list):
    pass

class E(ValueError):
    pass

tests = [
    lambda: bytearray.__new__(float), lambda: object.__new__(int), lambda: list.__new__(dict), lambda: int.__new__(str),
    lambda: int.__new__(5), lambda: str.__new__(list), lambda: dict.__new__(int), lambda: tuple.__new__(list),
    lambda: float.__new__(int), lambda: object.__new__(list), lambda: object.__new__(ValueError),
    lambda: type.__new__(int), lambda: set.__new__(frozenset), lambda: frozenset.__new__(set),
    lambda: bytes.__new__(bytearray), lambda: range.__new__(list), lambda: slice.__new__(list),
    lambda: object.__new__(5), lambda: object.__new__(), lambda: bool.__new__(int), lambda: int.__new__(bool),
    lambda: property.__new__(int), lambda: object.__new__(L), lambda: list.__new__(),
    lambda: L.__new__(dict),
]
for f in tests:
    try:
        r = f()
        print("no error:", type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)

# the same calls on proper subtypes work
print(list.__new__(list, [1]), dict.__new__(dict, a=1), set.__new__(set, [1]), bytearray.__new__(bytearray, b"x"))
print(bool.__new__(bool), bool.__new__(bool, 1), range.__new__(range, 3), slice.__new__(slice, 3))
print(int.__new__(int, "7"), tuple.__new__(tuple, [1]), str.__new__(str, 5), float.__new__(float, "1.5"))
print(type(list.__new__(L)).__name__, type(object.__new__(object)).__name__, repr(ValueError.__new__(E, 1)))
print(list(map.__new__(map, abs, [-1])), list(enumerate.__new__(enumerate, "a")), property.__new__(property).fget)

class P(list):
    def __new__(cls, *args):
        return super().__new__(cls, *args)

print(P([1, 2]), type(P()).__name__, "__new__" in list.__dict__, "__new__" in bool.__dict__)
