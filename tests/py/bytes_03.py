# Converting between int, bytes and str
n = 1025
b = n.to_bytes(2, "big")
print(b, n.to_bytes(4, "little"), int.from_bytes(b, "big"), int.from_bytes(b"\x01\x04", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
print((255).to_bytes(1, "big"), int.from_bytes(b"", "big"))
s = "naïve"
enc = s.encode("utf-8")
print(enc, len(s), len(enc), enc.decode("utf-8") == s)
print([hex(x) for x in enc])
print(bytes([x ^ 0x20 for x in b"Hello"]))
print(sum(b"abc"), max(b"abc"), sorted(b"cab"))
print((1024).bit_length(), (0).bit_length(), (-7).bit_length(), (255).bit_count() if hasattr(int, "bit_count") else 8)
