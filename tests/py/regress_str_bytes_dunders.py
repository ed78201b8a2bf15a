# Regression: str.__rmod__ always gave NotImplemented; str/bytes __getnewargs__, bytearray.__alloc__ and the str/bytes iterators' __length_hint__ were missing
class S(str):
    pass


class B(bytes):
    pass


tests = [
    lambda: "a".__rmod__("%s"),
    lambda: "a".__rmod__(S("<%r>")),
    lambda: "a".__rmod__(5),
    lambda: S("x").__rmod__("%s!"),
    lambda: b"%d".__rmod__(5),
    lambda: b"a".__rmod__(b"%s"),
    lambda: b"a".__rmod__(B(b"[%s]")),
    lambda: b"a".__rmod__(bytearray(b"%s")),
    lambda: bytearray(b"a").__rmod__(b"%s"),
    lambda: bytearray(b"a").__rmod__(bytearray(b"%s")),
    lambda: "ab".__getnewargs__(),
    lambda: b"ab".__getnewargs__(),
    lambda: S("ab").__getnewargs__(),
    lambda: type(S("ab").__getnewargs__()[0]).__name__,
    lambda: B(b"x").__getnewargs__(),
    lambda: type(B(b"x").__getnewargs__()[0]).__name__,
    lambda: "a".__getnewargs__(1),
    lambda: str.__getnewargs__(1),
    lambda: bytes.__getnewargs__("a"),
    lambda: type(bytearray(b"ab").__alloc__()).__name__,
    lambda: bytearray(b"ab").__alloc__() >= 2,
    lambda: bytearray().__alloc__(1),
    lambda: bytearray.__alloc__(b""),
    lambda: iter("abc").__length_hint__(),
    lambda: iter("h\xe9").__length_hint__(),
    lambda: iter("\U0001f600x").__length_hint__(),
    lambda: iter(b"abcd").__length_hint__(),
    lambda: iter(bytearray(b"ab")).__length_hint__(),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
it = iter("abc")
next(it)
print(it.__length_hint__())
list(it)
print(it.__length_hint__())
ba = bytearray(b"abc")
it = iter(ba)
next(it)
ba.append(1)
print(it.__length_hint__())
del ba[:]
print(it.__length_hint__())
it = iter(b"xy")
next(it)
print(it.__length_hint__())
