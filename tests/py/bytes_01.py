# bytes literals, indexing, slicing, methods
b = b"hello world"
print(b, len(b), b[0], b[-1], b[:5], b[::-1])
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith(b"ld"), b"wor" in b, 104 in b)
print(list(b[:3]), bytes([65, 66, 67]), bytes(3), bytes(range(5)))
print(b + b"!", b * 2, b"-".join([b"a", b"b"]))
print(b"\x00\xff\n\t'", b'"', b"\\")
print(b.hex(), bytes.fromhex("48 65 6c"), b"abc".hex())
print(b.decode(), b"  x  ".strip(), b"a,b".split(b","))
print(b == b"hello world", b < b"help", b"abc" != "abc")
print(b.isalpha(), b"123".isdigit(), b"AbC".lower(), b"abc".title())
print(repr(b"it's"), repr(b'say "x"'))
