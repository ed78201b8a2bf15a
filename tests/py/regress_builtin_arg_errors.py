# Regression: CPython's wording for too many keywords to sorted(), min() and zip(), enumerate()'s argument errors, and type() with a base that has __mro_entries__
tests = [
 lambda: sorted([], key=None, reverse=False, x=1),
 lambda: sorted([], x=1),
 lambda: [].sort(key=None, reverse=False, x=1),
 lambda: [].sort(1),
 lambda: zip(strict=1, x=2),
 lambda: zip(x=2),
 lambda: enumerate(),
 lambda: enumerate(start=1),
 lambda: enumerate([], 1, 2),
 lambda: enumerate([], x=1),
 lambda: enumerate([], start=1, x=2),
 lambda: sorted(),
 lambda: min([], key=None, default=1, x=1),
 lambda: print(sep="", end="", file=None, flush=False, x=1),
 lambda: int("1", base=10, x=1),
 lambda: "".split(sep=None, maxsplit=1, x=1),
 lambda: range(),
 lambda: dict.fromkeys(),
 lambda: "".encode(encoding="utf-8", errors="strict", x=1),
 lambda: max(1, 2, key=None, x=1),
 lambda: "a".replace("a"),
 lambda: [].index(),
 lambda: divmod(1),
 lambda: round(1, 2, 3),
 lambda: round(number=1, ndigits=2, x=3),
 lambda: pow(1, 2, 3, 4),
 lambda: "".startswith(),
 lambda: int(x=1),
 lambda: bytes(source=b"", encoding="utf-8", errors="strict", x=1),
 lambda: str(object="", encoding="utf-8", errors="strict", x=1),
]
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print(e)
for f in (lambda: enumerate(iterable=[1]), lambda: enumerate(start=1, iterable=[2]), lambda: enumerate(iterable=[3], start=2),
          lambda: enumerate([], 1, 2), lambda: enumerate(x=1, y=2), lambda: enumerate([], start=1, x=2), lambda: enumerate(start=1, x=2)):
    try:
        print(list(f()))
    except TypeError as e:
        print(e)
class Fake:
    def __mro_entries__(self, bases): return (object,)
for bases in ((Fake(),), (list[int],), (5,), (int, Fake())):
    try:
        type("T", bases, {})
    except TypeError as e:
        print(e)
class M(type): pass
try:
    M("T", (Fake(),), {})
except TypeError as e:
    print(e)
try:
    type.__new__(M, "T", (Fake(),), {})
except TypeError as e:
    print(e)
class Ok(Fake()): pass
print(Ok.__bases__, Ok.__orig_bases__[0].__class__.__name__)
