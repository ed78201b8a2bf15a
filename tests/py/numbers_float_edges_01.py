# float edge: subnormals, hex, rounding of repr, is_integer, as_integer_ratio, float() of strings
vals = [1e-310, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1 + 0.2, 1 - 1e-16, 4.35 * 100, 1.1 * 1.1, 3 * 1.1, 0.1 * 0.1, 1e23, 9.999999999999999e22, 1.2345678901234567e-300, 123456789.123456789, 2.0 ** 0.5 * 2.0 ** 0.5]
for v in vals:
    print(repr(v), v.is_integer(), str(-v))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0xA"), float.fromhex("inf"))
print(float("0.1e1"), float("1_0.0_1"), float("-0"), float("+.5e+2"), float("1E5"), float("  -12.5\t"), float("nan") != float("nan"), float("iNfInItY"))
print(1e16 + 1, 1e16 + 2, 2**53 + 1.0, 0.1 * 3 == 0.3, round(0.1 * 3, 15) == 0.3, 1e308 + 1e308, -(1e308 * 10), 1e-324, -1e-324, 5e-324 / 2)
print(3.0 == 3, 3.5 // 1, 3.5 % 1, -3.5 // 1, -3.5 % 1, 2.0 ** 62, 2.0 ** 63 == 2 ** 63, float(2**1000 if False else 1), 1.0 * 10**20, 10**22 * 1.0, 1e22 == 10**22, 1e23 == 10**23)
print(int(1e19), int(1.9999999999999999), int(-1e-9), int(123.999999999), int(2.5e15), int(-7.0), round(123.456, -1), round(-0.5), round(0.5000000001))
print(sum([0.1] * 3) if False else "", 0.1 + 0.1 + 0.1, 1 / 7, 22 / 7, 355 / 113, 1 / 1024, 1 / 3 + 1 / 3, 100 / 3, -100 / 3, 7 / -2, -7 / 2, 0 / -1, 0.0 / -1)
acc = 0.0
for _ in range(10):
    acc += 0.1
print(acc, acc == 1.0, abs(acc - 1.0) < 1e-9, f"{acc:.20f}", f"{acc:.17g}")
print(max(0.1, 0.10000000000000001), min(-0.0, 0.0), max(-0.0, 0.0), max(0.0, -0.0), min(0, 0.0), max(1, 1.0), max(1.0, 1), sorted([1, 1.0, True]))
