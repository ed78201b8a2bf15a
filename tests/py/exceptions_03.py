# Exception args, str and repr for builtins
errs = [ValueError("bad value"), KeyError("k"), IndexError(), TypeError("a", 1), Exception("x", "y", 3), RuntimeError(""), ZeroDivisionError("division by zero")]
for e in errs:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
try:
    {}["missing"]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    [][5]
except IndexError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
