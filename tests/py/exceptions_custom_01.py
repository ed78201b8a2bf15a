# custom exception hierarchies, args, str/repr
class AppError(Exception):
    pass
class DBError(AppError):
    def __init__(self, table, msg="db failure"):
        super().__init__(msg)
        self.table = table
class NotFound(DBError):
    def __str__(self):
        return f"{self.table}: not found ({self.args[0]})"
class Coded(AppError):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code
for exc in [AppError(), AppError("x"), AppError("x", 2), DBError("users"), NotFound("items", "id=3"), Coded(404, "nf"), Coded(500)]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
try:
    raise NotFound("orders")
except DBError as e:
    print("caught DBError:", e, e.table, isinstance(e, AppError))
def risky(n):
    if n == 0: raise ValueError("zero")
    if n == 1: raise KeyError("one")
    if n == 2: raise IndexError(2)
    if n == 3: raise Coded(3)
    return n
for i in range(5):
    try:
        r = risky(i)
    except (ValueError, IndexError) as e:
        print(i, "VI", repr(e))
    except LookupError as e:
        print(i, "Lookup", repr(e), str(e))
    except AppError as e:
        print(i, "App", e.code)
    else:
        print(i, "ok", r)
    finally:
        print(i, "finally")
print(repr(KeyError("a")), str(KeyError("a")), str(KeyError()), str(KeyError("a", "b")))
print(repr(ValueError()), repr(ValueError("")), str(ValueError("a", 1)))
print(repr(Exception("it's")), repr(Exception('say "hi"')))
e = ValueError("orig")
e.args = ("changed", 2)
print(e, e.args)
class WithSlots(Exception):
    def __init__(self):
        pass
w = WithSlots()
print(repr(w), w.args, str(w))
class WithSlots2(Exception):
    def __init__(self, a, b):
        self.a = a
print(repr(WithSlots2(1, 2)), WithSlots2(1, 2).args)
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(repr(SystemExit(3)), SystemExit(3).code)
print(repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")) if False else "skip")
print(BaseException.__name__, Exception.__bases__[0].__name__, ArithmeticError.__mro__[1].__name__)
