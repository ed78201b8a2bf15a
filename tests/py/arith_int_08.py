# Integer comparisons and chained comparisons
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 == 1.0, 2 != 2.0, 1 < 1.5)
print(5 >= 5, 5 <= 4)
x = 7
print(0 <= x < 10, 0 <= x < 5)
print(1 < x == 7 > 3)
print(True + True, True * 10, False - 1)
print(True == 1, False == 0, True is True)
print(max(3, 7, 1), min(3, 7, 1))
print(sorted([5, -3, 0, 12, -7]))
print(10 ** 30 > 10 ** 29 > 0)
print(-0 == 0)
