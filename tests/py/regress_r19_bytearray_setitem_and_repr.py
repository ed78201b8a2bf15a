# Regression: bytearray item assignment and repr
ba = bytearray(b"ab")
ba.__setitem__(0, 66)
print(ba, repr(bytearray(b"it's")))
class B(bytes): pass
print(len(B(b"ab")), bool(B(b"")))
