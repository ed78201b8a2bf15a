# Regression: bytes.hex(sep) accepted a bytearray separator and refused other sized objects with a len() error; CPython checks the length, then requires str or bytes
class S(str):
    pass


class B(bytes):
    pass


class One:
    def __len__(self):
        return 1


class Broken:
    def __len__(self):
        raise KeyError("k")


for sep in [bytearray(b":"), bytearray(b"::"), bytearray(), [1], [1, 2], (), {1: 2}, 5, None, 1.5,
            One(), Broken(), S("-"), B(b"-"), b"\xff", "\xe9", "\u0663", "", S("ab"), ":", b"-"]:
    for f in [lambda s: b"\x01\x02\x03".hex(s), lambda s: bytearray(b"\x01\x02\x03").hex(s, 2)]:
        try:
            print(type(sep).__name__, f(sep))
        except Exception as e:
            print(type(sep).__name__, type(e).__name__, e)
