# more exception edge cases
try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("x")
    except (ValueError, TypeError):
        print("tuple with junk but first matches")
except TypeError as e:
    print("TypeError:", e)
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def loop_swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(loop_swallow())
print(issubclass(ModuleNotFoundError, ImportError))
try:
    raise ValueError("a")
except ValueError as e:
    try:
        raise
    except ValueError as e2:
        print(e2 is e)
def inner_raise():
    try:
        raise KeyError("inner")
    except KeyError:
        pass
    raise
try:
    inner_raise()
except RuntimeError as e:
    print("RuntimeError:", e)
# sys.exc_info like via context inside nested function
def handler():
    try:
        raise IndexError("ctx")
    except IndexError:
        return helper()
def helper():
    try:
        raise TypeError("from helper")
    except TypeError as t:
        return repr(t.__context__)
print(handler())
# exception in generator expression inside try
try:
    total = sum(1 / x for x in [1, 2, 0])
except ZeroDivisionError as e:
    print("zde", e)
# error in __init__ leaves no object
class Fails:
    created = 0
    def __init__(self):
        Fails.created += 1
        raise RuntimeError("init failed")
try:
    f = Fails()
except RuntimeError as e:
    print(e, Fails.created)
try:
    f
except NameError as e:
    print(e)
# exception as loop control
def find(matrix, target):
    class Found(Exception):
        pass
    try:
        for i, row in enumerate(matrix):
            for j, v in enumerate(row):
                if v == target:
                    raise Found((i, j))
    except Found as f:
        return f.args[0]
    return None
print(find([[1, 2], [3, 4]], 4), find([[1]], 9))
# str of exceptions with non-str args
print(str(ValueError(42)), str(ValueError(None)), str(ValueError([1, 2])), str(ValueError(("t",))))
print(repr(ValueError(42, "x")), str(KeyError(0)), str(KeyError("")), repr(KeyError(None)))
print(str(Exception(ValueError("inner"))), repr(Exception(ValueError("inner"))))
# catching by base class order
class A(Exception): pass
class B(A): pass
class C(B): pass
for cls in (A, B, C):
    try:
        raise cls()
    except C:
        print("C")
    except B:
        print("B")
    except A:
        print("A")
# exceptions compare by identity
print(ValueError("a") == ValueError("a"), ValueError.__eq__ is object.__eq__ if False else "skip")
