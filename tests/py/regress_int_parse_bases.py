# int(s, base) reads plain digits (with a sign and a 0x/0o/0b prefix) directly; everything else takes the general parse.
cases = [("ff", 16), ("0xff", 16), ("0XFF", 16), ("-0x1A", 16), ("+7f", 16), ("0x", 16), ("x1", 16), ("0b101", 2), ("0B11", 2),
         ("0o17", 8), ("17", 8), ("8", 8), ("z", 36), ("Z", 36), ("zz", 35), ("10", 2), ("2", 2), ("", 16), ("-", 16),
         ("1_0", 16), (" ff ", 16), ("ff\n", 16), ("fffffffffffff", 16), ("1fffffffffffff", 16), ("20000000000000", 16),
         ("ffffffffffffffffffff", 16), ("0x_ff", 16), ("0xg", 16), ("-0", 16), ("00ff", 16), ("0b", 2), ("0o", 8),
         ("0x0x1", 16), ("1e", 16), ("[", 36), ("@", 36), ("`", 36), ("{", 36), ("12345678901234567890", 10), ("99", 9),
         ("0xff", 0), ("010", 0), ("0", 0), ("١٢", 10), ("１２", 16)]
for s, b in cases:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, "ValueError", e)
t = 0
for i in range(2000):
    t += int(hex(i), 16) + int(oct(i), 8) + int(bin(i), 2) + int(str(i), 10) + int(hex(-i), 16)
print(t)
