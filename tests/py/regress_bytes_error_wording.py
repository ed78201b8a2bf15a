# Regression: wording of bytes/bytearray errors: bytearray indices, item deletion (does not / doesn't), bytes.fromhex arity, translate's positional-only table, hex's C int
for v in [b"abc", "abc", (1, 2), bytearray(b"ab"), range(3), frozenset()]:
    for k in [0, slice(0, 1)]:
        try:
            del v[k]
        except TypeError as e:
            print(type(v).__name__, type(k).__name__, "del:", e)
        try:
            v[k] = 1
        except TypeError as e:
            print(type(v).__name__, type(k).__name__, "set:", e)
for v in [bytearray(b"abc"), b"abc"]:
    for k in ["a", 1.0, None]:
        try:
            v[k]
        except TypeError as e:
            print(type(v).__name__, "get:", e)
        try:
            v[k] = 1
        except TypeError as e:
            print(type(v).__name__, "set:", e)
        try:
            del v[k]
        except TypeError as e:
            print(type(v).__name__, "del:", e)
class O:
    pass
class OG:
    def __getitem__(self, k): return 1
for v in [5, None, O(), OG(), 1.5, "s", {1}, frozenset(), print, iter([])]:
    for k in [0, True, "a", slice(1)]:
        try:
            del v[k]
        except TypeError as e:
            print(type(v).__name__, type(k).__name__, e)
KEY = "a"
class B(bytes): pass
class BA(bytearray): pass
for f in [lambda: bytes.fromhex(), lambda: bytearray.fromhex(), lambda: bytes.fromhex(string='00'), lambda: bytearray.fromhex(string='00'), lambda: bytes.fromhex('a','b'),
          lambda: B.fromhex(), lambda: BA.fromhex(), lambda: B.fromhex(x=1), lambda: bytes.fromhex(1), lambda: B.fromhex("0102"),
          lambda: b'ab'.translate(), lambda: b'ab'.translate(table=None), lambda: bytearray(b'ab').translate(),
          lambda: bytearray(b'ab').translate(None, delete=b'a'), lambda: b'ab'.translate(None, delete=b'a'), lambda: b'ab'.translate(None, b'a', b'b'),
          lambda: bytearray(b'ab').translate(table=None), lambda: b'ab'.translate(None, table=None), lambda: b'ab'.translate(None, foo=1),
          lambda: b'ab'.translate(foo=1), lambda: b'ab'.translate(delete=b'a'), lambda: b'ab'.translate(None, b'a', delete=b'b'),
          lambda: b"\x01\x02".hex(":", 10**20), lambda: b"\x01\x02".hex(":", 2**31), lambda: b"\x01\x02\x03".hex(":", -2**31),
          lambda: bytearray(b"abc")[KEY], lambda: bytearray(b"abc")[1.0], lambda: b"abc"[KEY], lambda: BA(b"abc")[KEY]]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
