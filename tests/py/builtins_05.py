# divmod, pow, abs, round, chr/ord on ranges, bool conversions
print([divmod(n, 7) for n in (-15, -7, 0, 7, 15)])
print(pow(2, 100) % 1000, pow(2, 100, 1000), pow(9, 0.5), pow(-8, 1))
print(abs(-7), abs(3.5), abs(-0.0), abs(True))
print(bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool([0]), bool({}), bool(None), bool(0.0), bool(range(0)))
print([chr(c) for c in range(97, 103)], [ord(c) - 96 for c in "abc"])
print(str(bool), int("  12  "), float(" 1.5 "))
print(len("abc"), len([1, 2]), len({}), len(range(10)), len((1, 2, 3)), len({1, 2}), len(b"ab"))
