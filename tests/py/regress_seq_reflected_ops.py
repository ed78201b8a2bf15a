# Regression: x += y / x *= y on a list or bytearray never tried y.__radd__/__rmul__, and sequence + and * ran before the right operand's reflected method
class R:
    def __radd__(self, o):
        return "R.radd"
    def __rmul__(self, o):
        return "R.rmul"
class N:
    def __radd__(self, o):
        return NotImplemented
    def __rmul__(self, o):
        return NotImplemented


class L(list):
    pass


class BA(bytearray):
    pass


for init in [lambda: [1], lambda: bytearray(b"a"), lambda: L([1]), lambda: BA(b"a"), lambda: {1}, lambda: "s", lambda: (1,), lambda: b"b"]:
    for cls in [R, N]:
        x = init()
        try:
            x += cls()
            print(type(init()).__name__, x)
        except TypeError as e:
            print(type(init()).__name__, "TypeError", e)
        x = init()
        try:
            x *= cls()
            print(type(init()).__name__, x)
        except TypeError as e:
            print(type(init()).__name__, "TypeError", e)
class B(bytes):
    def __radd__(self, o): return "B.radd"
    def __rmul__(self, o): return "B.rmul"
class RL(list):
    def __radd__(self, o): return "RL.radd"
    def __rmul__(self, o): return "RL.rmul"
class RI:
    def __index__(self): return 2
    def __rmul__(self, o): return "RI.rmul"
class NI:
    def __index__(self): return 2
    def __rmul__(self, o): return NotImplemented
class S(str):
    def __radd__(self, o): return "S.radd"
class T(tuple):
    def __radd__(self, o): return "T.radd"
class I(int):
    def __rmul__(self, o): return "I.rmul"
for f in [lambda: bytearray(b"a") + B(b"b"), lambda: b"a" + B(b"b"), lambda: bytearray(b"a") * B(b"b"),
          lambda: [1] * RI(), lambda: (1,) * RI(), lambda: "ab" * RI(), lambda: b"ab" * RI(), lambda: bytearray(b"ab") * RI(),
          lambda: [1] * NI(), lambda: "ab" * NI(), lambda: RI() * [1], lambda: 2 * RL([1]), lambda: True * RL([1]),
          lambda: [1] + RL([2]), lambda: "a" + S("b"), lambda: (1,) + T((2,)), lambda: [1] * I(2), lambda: "x" * I(2), lambda: 2 * I(3),
          lambda: 2.0 * I(3), lambda: I(3) * [1]]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
x = bytearray(b"a"); x += B(b"b"); print(x)
x = b"a"; x += B(b"b"); print(x)
x = [1]; x *= I(2); print(x)
