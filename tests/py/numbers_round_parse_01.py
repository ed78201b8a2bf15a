# round, int() with bases, float repr
for v in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.5, 2.675, 1.005, 0.125, 0.375, 1e16, -0.0, 7, -7, 12345]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), type(round(v)).__name__)
for v in [15, 25, 35, -15, 1234, 1250, 1350, -1250, 5, 50, 149, 150]:
    print(v, round(v, -1), round(v, -2), round(v, -3), round(v, 1), round(v, -10))
print(round(2.5, None), round(1234.5678, -2), round(-1234.5678, -2), round(0.0001234, 5), round(1e300, -300) if False else "")
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(round(float("inf"), 2), round(float("nan"), 1))
tests = [("42", 10), ("-42", 10), (" 42 ", 10), ("+7", 10), ("1_000", 10), ("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("017", 8), ("z", 36), ("Z", 36), ("101", 2), ("0", 0), ("00", 0), ("10", 3), ("-0x1A", 16), ("  -0b11  ", 0), ("1__0", 10), ("_1", 10), ("1_", 10), ("017", 0), ("", 10), ("12a", 10), ("0x", 16), ("9", 8), ("3", 37), ("1", 1), ("١٢٣", 10), ("0_7", 0), ("0_0", 0), ("0b_1", 0), ("1.5", 10), ("٣", 0)]
for s, b in tests:
    try:
        print(repr(s), b, int(s, b))
    except Exception as e:
        print(repr(s), b, type(e).__name__, e)
print(int(3.9), int(-3.9), int(True), int("  12\n"), int(1e15), int(-0.0), int(2**62 * 1.0))
for bad in [lambda: int(None), lambda: int([1]), lambda: int(float("inf")), lambda: int(float("nan")), lambda: int("4", base=10.0) if False else int(5, 10), lambda: int("1e3")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
floats = [0.1, 0.2 + 0.1, 1/3, 2/3, 1e15, 1e16, 1e-4, 1e-5, 123456789012345680.0, 1.0, -1.0, 100.0, 1e22, 1e-7, 5e-324, 1.7976931348623157e308, 0.30000000000000004, 3.0e-10, 12.5, 1234567.0, 0.1 * 3, 9007199254740993.0, 2.0**53, 4.35, 2.675 * 100]
for f in floats:
    print(repr(f), str(f), f.is_integer(), f.hex() if False else "", float(repr(f)) == f)
print(float("1e500"), float("-inf"), float("  nan "), float("Infinity"), float("-iNF"), float("1_000.5"), float(".5"), float("5."), float("+1.5e-3"), float(7), float(True))
for bad in ["", "abc", "1.2.3", "1e", "_1.0", "in f", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (5).as_integer_ratio() if False else "")
