# bytes methods: split/join/strip/find/replace/startswith, conversion of ints
data = b"  key=value; other=thing  "
parts = data.strip().split(b";")
print(parts, [p.strip().split(b"=") for p in parts])
print(data.count(b"="), data.find(b"other"), data.rfind(b"e"), data.index(b"key"))
print(b"abc".upper(), b"ABC".lower(), b"hello world".title(), b"a-b".replace(b"-", b"+"))
print(b"abc".startswith(b"a"), b"abc".endswith((b"x", b"c")), b"abc"[1:], b"abc"[1], bytes([b"abc"[0]]))
print(b"xyz".center(7, b"*"), b"5".zfill(3), b"a b".split(), b" ".join([b"x", b"y"]))
print(bytes(range(65, 70)), list(b"AB"), b"\x00\x01".hex(), bytes.fromhex("0aff"))
print(b"abc" + bytearray(b"d"), bytearray(b"x") + b"y", b"ab" * 2, b"b" in b"abc")
print(b"%s and %d" % (b"x", 3), len(b"\xff\xfe"), b"\xe2\x82\xac".decode())
