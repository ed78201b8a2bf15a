# Regression: a builtin type's class methods were plain classmethod objects (CPython: classmethod_descriptor)
d = int.__dict__["from_bytes"]
print(type(d).__name__, repr(d), d.__name__ if hasattr(d, "__name__") else "-", isinstance(d, classmethod))
print(type(dict.__dict__["fromkeys"]).__name__, repr(dict.__dict__["fromkeys"]))
print(d.__get__(None, int)(b"\x01", "big"), repr(int.from_bytes)[:40])
print(type(bytes.__dict__["fromhex"]).__name__, type(float.__dict__["fromhex"]).__name__)
print(repr(bytes.fromhex)[:35], bytes.fromhex("41"), bytearray.fromhex("42"), repr(bytes.__dict__["fromhex"]))
class B(bytes): pass
print(type(B.fromhex("41")).__name__, dict.fromkeys("ab"), float.fromhex("0x1p1"))
