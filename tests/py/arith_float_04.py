# Mixed int/float arithmetic and comparisons
print(1 + 2.0, 3 * 0.5, 10 - 0.25)
print(7 / 7, type(7 / 7).__name__)
print(2 ** -1, 4 ** 0.5, 9 ** 0.5, 2 ** 0.5 * 2 ** 0.5)
print(1 == 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(max(1, 2.5, 2), min(-1, -1.5))
# sum() of floats whose rounding differs between CPython 3.11 and 3.12 (which we follow) is
# covered by tests/sum_test.ts; this one is exact in both.
print(sum([0.5] * 10))
print(sum([1, 2.5, 3]))
print(3 < 3.5 < 4, 2.0 > 2)
print(int(7 / 2), 7 // 2.0)
print(round(2 ** 0.5, 4), round(10 / 3, 2))
print(float(10 ** 20))
print(10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(-1.5 < -1 < 0.0 <= 0)
