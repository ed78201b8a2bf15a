# Float repr round trips of computed values
vals = [1 / 10, 2 / 10, 3 / 10, 1 / 3 * 3, 0.1 * 0.1, 100 / 3, 1e-10 * 3, 2.5 * 4, 1 / 1024]
for v in vals:
    print(v, repr(v), str(v))
print([0.5, 0.25, 1.0 / 8])
print((0.1, 0.7))
print({"a": 1.5})
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
print(9007199254740993.0)
print(123456789012345.6)
print(-1e-300 * 1e-300)
