# inf/nan, comparisons across types, bit ops, hex/oct/bin, abs, bool arithmetic
inf = float("inf"); nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, inf > 10**30, -inf < -10**30, nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3, 1, 2]), [nan] == [nan], nan in [nan], (nan,) == (nan,))
print(1 == 1.0, 1 == True, 0 == False, 1.0 == True, 2 == 2.0000000000000001, 10**16 == 1e16, 10**16 + 1 == 1e16, 2**53 + 1 == 2.0**53 + 1, 2**63 == 2.0**63)
print(1 < 1.5, 2 > 1.9999, -1 < -0.5, True < 2, False < 0.5, 3 <= 3.0, 9007199254740993 > 9007199254740992.0, 9007199254740993 < 9007199254740994.0)
print("a" == 1, [1] == (1,), None == 0, 1 != "1", {1: 2} == {1.0: 2}, {1, 2} == {2.0, 1}, (1, 2) < (1, 3), [1, 2] < [1, 2, 0], (2,) > (1, 9))
for a, b in [(1, "a"), ("a", 1), ([1], (1,)), (None, None), ({}, {}), (1j, 2j), ({1}, [1])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(0), hex(2**100), bin(True))
for bad in [lambda: hex(1.5), lambda: oct("8"), lambda: bin(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-inf), abs(3+4j), abs(-2**100))
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (2**100).bit_length(), (7).bit_count(), (-7).bit_count())
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 3, -5 | 3, -5 ^ 3, 1 << 10, -1 << 3, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 0, True & False, True | 2, True ^ True)
for bad in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.5 & 1, lambda: 1 << 1.0]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(True + True, True * 3, -True, +True, ~True, True / 2, True ** 2, False ** 0, type(True + 1).__name__, True == 1.0, int.__name__)
print(complex(1, 2) + 1, (1+2j) * (3-4j), (1+2j) / (1-1j), (1+2j).real, (1+2j).imag, (1+2j).conjugate(), 2j * 2j, 1j == 1j, complex("3-4j"), abs(complex(3, -4)), -1j, 0j)
print(7 .real, 7 .imag, 7 .numerator, 7 .denominator, (2.5).real, (2.5).imag, 3 .conjugate())
print(int.__mro__ if False else "", isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), issubclass(bool, int))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e308 * 10, -1e308 * 10, 1e-323 / 10, 2.0 ** 1023 * 2 if False else "")
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    10 ** 400 * 1.0 if False else (2.0**127) ** 10
except OverflowError as e:
    print("OverflowError", e)
