# Regression: bytes() of a str subclass calls its __bytes__ before refusing a str without an encoding
class S(str):
    def __bytes__(self): return b"S-bytes"
class S2(str): pass
def t(f):
    try: print(repr(f()))
    except TypeError as e: print("TypeError:", e)
t(lambda: bytes(S("7")))
t(lambda: bytes(S("7"), "ascii"))
t(lambda: bytes(S("7"), errors="strict"))
t(lambda: bytearray(S("7")))
t(lambda: bytes(S2("7")))
t(lambda: bytes(S2("7"), "utf-8"))
t(lambda: bytes("7"))
class B(bytes):
    def __bytes__(self): return b"B-bytes"
t(lambda: bytes(B(b"x")))
