# hexdump and base conversions
def hexdump(data, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {hexpart:<{width * 3 - 1}}  |{asc}|")
hexdump("Hello, World! Ünïcödé ✓ \t\n\x00 end.".encode())
hexdump(bytes(range(0, 256, 7)), 8)
def to_base(n, base, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0: return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 1, -1, 255, 1000, -4096, 2**64, 123456789]:
    print(f"{n:>22} " + " ".join(f"{to_base(n, b):>12}" for b in (2, 7, 16, 36)) if n < 2**20 else f"{n} {to_base(n, 16)} {to_base(n, 36)}")
    for b in (2, 7, 16, 36):
        assert int(to_base(n, b), b) == n
print([int(to_base(v, 36), 36) for v in (35, 36, 1295)], hex(48879), int("beef", 16), f"{48879:X}", "%X" % 48879, format(48879, "#_b"))
def checksum(data):
    s1 = s2 = 0
    for b in data:
        s1 = (s1 + b) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1
print(hex(checksum(b"abcde")), hex(checksum(b"abcdef")), f"{checksum(bytes(100)):#06x}")
def crc8(data, poly=0x07):
    crc = 0
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
print([f"{crc8(s.encode()):02X}" for s in ["", "a", "123456789", "hello world"]])
def b64(data):
    tbl = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        enc = [tbl[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append("".join(enc[:len(chunk) + 1]) + "=" * (3 - len(chunk)))
    return "".join(out)
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "✓ ok".encode()]:
    print(repr(s), b64(s))
