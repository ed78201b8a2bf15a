# Modulo and floor division sign matrix with ints and mixed floats
for a in (7, -7, 0):
    row = []
    for b in (3, -3):
        row.append((a // b, a % b, a / b))
    print(a, row)
print(-7 % 3, 7 % -3, -7 % -3, -7.0 % 3, 7 % -3.0, -0.5 // 1, 0.5 // -1)
print(pow(-3, 3, 7), pow(-3, 2), (-3) ** 3 % 7, -(3 ** 2), divmod(-2 ** 65, 3))
print((10 ** 20 + 7) // -3, (10 ** 20 + 7) % -3, -(10 ** 20) // 7, -(10 ** 20) % 7)
print(round(7 / 2), round(-7 / 2), int(-7 / 2), -7 // 2, int(-3.999), int(3.999))
