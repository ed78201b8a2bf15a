# BaseException subclasses, Exception groups not used; assert statements
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
x = 5
assert x > 0
assert isinstance(x, int), f"bad {x}"
print("asserts passed")
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise StopIteration("stop value")
except StopIteration as e:
    print(e.value, e)
class Custom(BaseException):
    pass
try:
    try:
        raise Custom("base")
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
