# bools in arithmetic with ints and bools, as ints (and &, |, ^ of two bools stay bools)
t = 0
xs = [3, -1, 0, 7, 2]
for x in xs:
    t += x > 0
print(t, True + True, True - False, True * 5, 7 // True, 5 % True, True << 3, 1 >> True, False - 1)
print(True & True, True | False, True ^ True, True & 3, 2 | True, 5 ^ True, type(True & False).__name__, type(True + False).__name__)
print([(a + b, a * b, a - b) for a in (True, False) for b in (True, False, 2)])
try:
    print(True // False)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(3 % False)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((2 ** 60) * True, True + 2 ** 60, -True, ~True, abs(-True))
s = {1, 2}
print(sum((i in s) + (i * 2 in s) for i in range(4)))
