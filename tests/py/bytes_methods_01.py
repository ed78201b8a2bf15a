# bytes/bytearray: more methods
b = b"one two  three"
print(b.split(maxsplit=1), b.rsplit(b" ", 1), b.split(b" "), b.partition(b" "), b.rpartition(b"t"), b.count(b"t"), b.count(116))
print(b.find(116), b.index(b"w"), b.rfind(b"e", 0, 5), 116 in b, b"tw" in b, b[3:4] == b" ", b[0] == 111, b.startswith((b"x", b"one")))
print(b.translate(bytes.maketrans(b"ot", b"OT")), b.translate(None, b"e "), bytes.maketrans(b"a", b"b")[97:99])
print(b.hex(" "), b"\x01\x02\x03\x04".hex(":", 2), b"\xab\xcd".hex("-"), bytes.fromhex(" 0a0B ff "), bytearray.fromhex("41 42"))
ba = bytearray(b"hello")
ba.insert(0, 72); ba.remove(104); print(ba)
ba2 = ba.copy(); ba2.clear(); print(ba2, ba)
ba *= 2; print(ba)
ba[0:2] = [74, 75]; print(ba)
ba[::2] = b"12345"; print(ba)
del ba[::3]; print(ba, len(ba))
ba.extend([33, 63]); ba.extend(range(48, 51)); print(ba, ba.pop(0), ba.index(33), ba.count(b"l"))
print(bytearray(b"abc") + b"def", b"abc" + bytearray(b"def"), type(bytearray(b"a") + b"b").__name__, type(b"a" + bytearray(b"b")).__name__)
print(b"-".join([b"a", bytearray(b"b"), b"c"]), bytearray(b",").join([b"x", b"y"]), b"".join([]))
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", bytearray(b"x") == b"x", b"x" != "x", b"\x00" < b"\x00\x00")
print(repr(bytearray()), bytes(bytearray(b"q")), bytearray(range(3)), bytearray("hé", "utf-8"), bytearray([1]) * 2)
print(b"Hello World".lower(), b"hello".capitalize(), b"abc".swapcase(), b"ab  cd".expandtabs() if False else "", b"a\tb".expandtabs(4), b"  pad  ".lstrip(), b"xxhixx".rstrip(b"x"))
print(b"test".removeprefix(b"te"), b"test".removesuffix(b"st"), b"12".zfill(5), b"-3".zfill(4), b"ab".center(6, b"-"), b"abc".ljust(2))
print(b"abc".isupper(), b"ABC".isupper(), b"Abc Def".istitle(), b"".isalnum(), b"\x80".isascii(), b"abc".isascii())
for bad in [lambda: b"abc".split(b""), lambda: b"abc".count("a"), lambda: b"abc".find("b"), lambda: bytearray(b"ab").insert(0, 256), lambda: b"a".join(["b"]), lambda: bytearray(b"ab").remove(120), lambda: bytes([1, "a"])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print([b"abc"[i:i + 1] for i in range(3)], list(reversed(b"ab")), b"ab"[::-1], bytes(reversed(b"abc")), sorted(b"hello"), b"abc" * 0)
print(b"%5s|%-5s|%c|%c" % (b"ab", b"cd", 65, b"Z"), b"%x %o %e" % (255, 8, 1.5), b"%r" % b"q" if False else "", b"%a" % "é")
s = "Grüße, 世界!"
enc = s.encode()
print(enc, len(s), len(enc), enc.decode() == s, enc[:5].decode("utf-8", "ignore"), enc.decode("latin-1")[:8], s.encode("utf-16-le")[:6] if False else "")
print(list(s.encode("utf-8"))[:8], [hex(c) for c in "é€".encode()], bytes([0xe2, 0x82, 0xac]).decode())
