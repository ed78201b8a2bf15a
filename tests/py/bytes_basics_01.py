# bytes and bytearray basics
b = b"hello world"
print(b, b[0], b[-1], b[1:4], b[::-1], b[::2], len(b), b"ll" in b, 104 in b, b.upper(), b.title(), b.split(), b.split(b"o"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("hé", "utf-8"), bytes(b"x"), bytes(), bytes((1,2)))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"), b.replace(b"l", b"L"), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b.hex(), b"\x00\xff".hex(), bytes.fromhex("de ad be ef"), b.hex(":"), b"abc".hex("-", 2) if False else "")
print(b.strip(b"hd"), b"  x ".strip(), b"a,b".partition(b","), b"-".join([b"a", b"b"]), b.center(15, b"*"), b.zfill(13))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab".islower(), b"ab1".isalnum())
print(repr(b"\n\t\r\x00\x7f'\"\\"), repr(b"it's"), repr(b'"q"'), repr(b"'\""))
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"
print(ba, len(ba), ba[1], ba[1:3], bytes(ba), ba.pop(), ba, ba.decode())
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.find(b"Z"), ba.upper(), ba.reverse(), ba)
ba2 = bytearray(3); ba2[1] = 255
print(ba2, bytearray([1, 2, 3]) == b"\x01\x02\x03", b"a" + b"b", b"ab" * 3, b"a" < b"b", b"abc" == bytearray(b"abc"))
print(list(b"AZ"), [x for x in b"hi"], sum(b"\x01\x02"), max(b"az"), sorted(b"cab"))
print(b"%s=%d" % (b"k", 5), b"abc".decode("ascii"), str(b"x"), b"Ab".swapcase(), b"a b".title())
for bad in [lambda: bytes([256]), lambda: ba.append(300), lambda: b"x"[5], lambda: bytes("x"), lambda: b"abc".index(b"z"), lambda: bytes.fromhex("zz")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(b"a,b,,c".split(b","), b"a b  c".split(None, 1), b"x\ny\r\n".splitlines(), b"abc".ljust(5, b"-"), b"abc".rjust(5))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True), (255).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((65).to_bytes(), int.from_bytes(b"A"), (0).to_bytes(0, "big"), (1).to_bytes(4, byteorder="little"))
