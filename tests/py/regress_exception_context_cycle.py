# Regression: raising an exception inside a handler did not cut a context link pointing back at it (cycles), nor replace an older context
a, b = ValueError("a"), TypeError("b")
try:
    try:
        raise a
    except ValueError:
        raise b
except TypeError:
    pass
try:
    try:
        raise b
    except TypeError:
        raise a
except ValueError as e:
    print(repr(e.__context__), repr(b.__context__))

# raise inside a handler replaces an existing context
c = KeyError("c")
c.__context__ = IndexError("old")
try:
    try:
        raise OSError("h")
    except OSError:
        raise c
except KeyError as e:
    print(repr(e.__context__))

# an exception propagated from a callee keeps the context it got where it was raised
def inner():
    try:
        raise LookupError("A")
    except LookupError:
        raise RuntimeError("B")
try:
    try:
        raise NameError("H")
    except NameError:
        sorted([1, 2], key=lambda x: inner())
except RuntimeError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))

# re-raising the handled exception itself sets no context
e1 = ValueError("self")
try:
    try:
        raise e1
    except ValueError:
        raise e1
except ValueError as x:
    print(x.__context__)

# a longer chain is cut where it points back
x, y, z = ValueError("x"), ValueError("y"), ValueError("z")
y.__context__ = z
z.__context__ = x
try:
    try:
        raise y
    except ValueError:
        raise x
except ValueError as e:
    print(repr(e.__context__), repr(y.__context__), repr(z.__context__))

# an existing cycle elsewhere in the chain does not hang
p, q = ValueError("p"), ValueError("q")
p.__context__ = q
q.__context__ = p
r = ValueError("r")
try:
    try:
        raise p
    except ValueError:
        raise r
except ValueError as e:
    print(repr(e.__context__), repr(p.__context__))

try:
    try:
        raise a
    except ValueError:
        raise b from None
except TypeError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)
