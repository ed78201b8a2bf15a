# Regression: builtin methods' argument errors: wording (type-qualified names) and which argument is checked first
def attempt(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("conjugate", lambda: (1 + 2j).conjugate(5))
attempt("set.copy", lambda: {1}.copy(1))
attempt("frozenset.copy", lambda: frozenset().copy(1))
attempt("frozenset.issubset", lambda: frozenset().issubset())
for t in (bytes, bytearray):
    for name in ("center", "ljust", "rjust"):
        attempt(f"{t.__name__}.{name} kw", lambda: getattr(t(b"x"), name)(5, fillchar=b"*"))
    attempt(f"{t.__name__}.center ok", lambda: t(b"x").center(5, b"*"))
    for name in ("find", "rfind", "index", "rindex", "count"):
        attempt(f"{t.__name__}.{name} order", lambda: getattr(t(b"abc"), name)("a", "b"))
        attempt(f"{t.__name__}.{name} end", lambda: getattr(t(b"abc"), name)(b"a", 0, "x"))
        attempt(f"{t.__name__}.{name} sub", lambda: getattr(t(b"abc"), name)("a", 0, 2))
    attempt(f"{t.__name__}.hex order", lambda: t(b"abc").hex(20, b"*"))
    attempt(f"{t.__name__}.hex sep", lambda: t(b"abc").hex(20, 1))
    attempt(f"{t.__name__}.hex ok", lambda: t(b"abc").hex(":", 2))
for name in ("find", "rfind", "index", "rindex", "count"):
    attempt(f"str.{name} order", lambda: getattr("abc", name)(1, "x"))
    attempt(f"str.{name} end", lambda: getattr("abc", name)("a", 0, []))
    attempt(f"str.{name} sub", lambda: getattr("abc", name)(1, 0, 2))
    attempt(f"str.{name} ok", lambda: getattr("abcabc", name)("b", 1, None))
attempt("list.__imul__ float", lambda: [1].__imul__(2.0))
attempt("list.__imul__ list", lambda: [1].__imul__([2]))
attempt("list.__imul__ big", lambda: [1].__imul__(2**70))
attempt("list.__imul__ ok", lambda: [1, 2].__imul__(2))
x = [1]
try:
    x *= 2.0
except TypeError as e:
    print("x *= 2.0", e)
attempt("object.__format__ int", lambda: object().__format__(1))
attempt("object.__format__ spec", lambda: object().__format__("x"))
attempt("list.__format__ int", lambda: [].__format__(1))
attempt("object.__format__ ok", lambda: format(type, ""))
def store(o, k):
    o[k] = 1
def delete(o, k):
    del o[k]
class A:
    pass
for o in ["abc", (1, 2), b"ab", frozenset({1}), range(3), A()]:
    for k in (2**70, -2**70, 1):
        attempt(f"{type(o).__name__}[{k}] = 1", lambda: store(o, k))
        attempt(f"del {type(o).__name__}[{k}]", lambda: delete(o, k))
