# Numeric literals, underscores, exponents, and string prefixes
print(1_000_000, 0x_FF, 0b_1010, 0o_17, 1_0.5, 1e1_0, 1_2e-2)
print(.5, 5., 0.5e-3, 1E3, 0e0, 00, 0_0)
print(r"raw\t", b"bytes", rb"\x00raw", f"{1+1}", "uni\u00e9", "\101\x42")
print(len("\N{GREEK SMALL LETTER ALPHA}"), "\N{GREEK SMALL LETTER ALPHA}")
print(type(1_0).__name__, type(1e0).__name__, 10 ** -1, 1e0 == 1)
print(0xffffffffffffffff, 0o777777777777777777777, 0b11111111111111111111111111111111111111111111111111111111111111111)
