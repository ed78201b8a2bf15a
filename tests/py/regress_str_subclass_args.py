# Regression: builtins rejected str (and bytes) subclass instances where CPython accepts any str
class S(str):
    pass


class B(bytes):
    pass


class O:
    pass


o = O()


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: ord(S("x")))
show(lambda: ord(B(b"y")))
show(lambda: getattr(1, S("real")))
show(lambda: getattr(1, S("nope"), "dflt"))
show(lambda: setattr(o, S("a"), 1))
show(lambda: hasattr(o, S("a")))
show(lambda: o.a)
show(lambda: delattr(o, S("a")))
show(lambda: hasattr(o, S("a")))
show(lambda: object.__getattribute__(o, S("__class__")).__name__)
show(lambda: int(S("ff"), 16))
show(lambda: int(B(b"77"), 8))
show(lambda: int(S("zz"), 16))
show(lambda: int(B(b"zz"), 16))
show(lambda: bytes(S("ab"), "ascii"))
show(lambda: bytes(S("\xe9"), S("latin-1"), S("strict")))
show(lambda: bytearray(S("ab"), S("ascii")))
show(lambda: "ab".encode(S("ascii")))
show(lambda: "\xe9".encode("ascii", S("replace")))
show(lambda: "x".encode(encoding=S("utf-8"), errors=S("strict")))
show(lambda: b"ab".decode(S("ascii")))
show(lambda: bytearray(b"x").decode(S("ascii"), errors=S("strict")))
show(lambda: format(5, S("03")))
show(lambda: (5).__format__(S("03")))
print("a", "b", sep=S("-"), end=S("!\n"))
show(lambda: str.maketrans(S("a"), S("b")))
show(lambda: str.maketrans(S("ab"), S("xy"), S("c")))
show(lambda: str.maketrans({S("a"): "z"}))
show(lambda: "abc".translate(str.maketrans({S("a"): S("z")})))
show(lambda: complex(S("1+2j")))
show(lambda: complex(1, S("1")))
show(lambda: bytes.fromhex(S("00 ff")))
show(lambda: bytearray.fromhex(S("0a")))
show(lambda: b"ab".hex(S(":")))
show(lambda: type(S("C"), (), {}).__name__)
show(lambda: (1).to_bytes(2, S("little")))
show(lambda: int.from_bytes(b"\x01\x00", S("little")))
show(lambda: (1).to_bytes(2, 5))
show(lambda: sum([1], S("")))
show(lambda: sum([1], B(b"")))
show(lambda: sum([1], bytearray()))


class Slotted:
    __slots__ = (S("p"),)


s = Slotted()
s.p = 3
print(s.p)
C = type("C", (), {})
C.__name__ = S("Renamed")
print(C.__name__)
