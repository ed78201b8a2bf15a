# exceptions in __exit__, nested handlers, assert
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False
with Suppress(KeyError, IndexError) as s:
    [][0]
print("suppressed", repr(s.caught))
try:
    with Suppress(KeyError):
        int("z")
except ValueError as e:
    print("not suppressed:", e)
class Transform:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            raise ArithmeticError("transformed") from ev
class Closer:
    def __init__(self, n): self.n = n
    def __enter__(self): return self
    def __exit__(self, *exc):
        print("closing", self.n, exc[0].__name__ if exc[0] else None)
try:
    with Closer(1), Transform(), Closer(2):
        1 // 0
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__), type(e.__context__).__name__)
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert x < 100
    return x
for v in [5, -1, 200]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
try:
    assert [], "empty list falsy"
except AssertionError as e:
    print(e)
# nested handlers with same name
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        try:
            raise TypeError("deeper")
        except TypeError as e:
            print("deeper", e)
        print("after deeper")
except NameError as ne:
    print("NameError?", ne)
# exception raised in else goes outward, finally runs
def else_raises():
    try:
        pass
    except ValueError:
        print("no")
    else:
        raise KeyError("from else")
    finally:
        print("finally after else")
try:
    else_raises()
except KeyError as e:
    print("got", e)
# handler that raises inside loop with continue
res = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError(i)
        res.append(i)
    except ValueError as e:
        res.append(-e.args[0])
        continue
    finally:
        res.append("f")
print(res)
# exception object reuse
exc = ValueError("reused")
for _ in range(2):
    try:
        raise exc
    except ValueError as e:
        print(e is exc, e)
