# Regression: int.to_bytes / int.from_bytes with a non-str byteorder raised ValueError, not TypeError
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    pass
show(lambda: (1).to_bytes(2, b"big"))
show(lambda: (1).to_bytes(2, byteorder=b"big"))
show(lambda: (1).to_bytes(2, None))
show(lambda: (1).to_bytes(2, 1))
show(lambda: (1).to_bytes(2, "middle"))
show(lambda: (1).to_bytes(2, S("little")))
show(lambda: (1).to_bytes(2, byteorder=S("big")))
show(lambda: (1).to_bytes("2", b"big"))
show(lambda: (1).to_bytes(-1, "middle"))
show(lambda: int.from_bytes(b"\x01", b"big"))
show(lambda: int.from_bytes(b"\x01", byteorder=b"big"))
show(lambda: int.from_bytes(b"\x01", None))
show(lambda: int.from_bytes(b"\x01\x02", S("little")))
show(lambda: int.from_bytes("x", "middle"))
show(lambda: int.from_bytes(1, "middle"))
show(lambda: int.from_bytes("x", b"big"))
show(lambda: int.from_bytes(b"\x01\x02", "big"))
show(lambda: bool.from_bytes(b"\x01", bytearray(b"big")))
