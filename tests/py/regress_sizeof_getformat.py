# Regression: __sizeof__ was missing on every object, and float.__getformat__ was missing
class A:
    pass


class L(list):
    pass


class F(float):
    pass


values = [object(), A(), 0, 5, 2**100, -5, True, 1.5, 1j, "", "abc", "\u0663", b"", b"abc",
          bytearray(b"ab"), (), (1, 2, 3), [], [1, 2], L([1]), {}, {1: 2}, set(), {1, 2},
          frozenset(), range(5), None, slice(1, 2)]
for v in values:
    n = v.__sizeof__()
    print(type(v).__name__, type(n).__name__, n > 0, type(v).__sizeof__ is object.__sizeof__,
          "__sizeof__" in type(v).__dict__, "__sizeof__" in dir(v))
print([].__sizeof__() < list(range(100)).__sizeof__(), "a".__sizeof__() < ("a" * 100).__sizeof__())
print({}.__sizeof__() < dict.fromkeys(range(100)).__sizeof__(), b"".__sizeof__() < bytes(100).__sizeof__())
print(().__sizeof__() < tuple(range(100)).__sizeof__(), (1).__sizeof__() < (2**100).__sizeof__())
print(set().__sizeof__() < set(range(100)).__sizeof__(), bytearray().__sizeof__() < bytearray(100).__sizeof__())
print(float.__getformat__("double"), float.__getformat__("float"), (1.5).__getformat__("double"))
print(F.__getformat__("double"), type(float.__dict__["__getformat__"]).__name__, "__getformat__" in dir(1.5))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: float.__getformat__("int"))
attempt(lambda: float.__getformat__(1))
attempt(lambda: F.__getformat__())
attempt(lambda: float.__getformat__("double", "float"))
attempt(lambda: float.__getformat__(x="double"))
attempt(lambda: object().__sizeof__(1))
attempt(lambda: [].__sizeof__(1))
attempt(lambda: list.__sizeof__(5))
attempt(lambda: int.__sizeof__("a"))
attempt(lambda: object.__sizeof__())
