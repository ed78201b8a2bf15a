# Leap years, day of week (Zeller), and a month calendar printout
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
NAMES = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
print([y for y in (1900, 2000, 2023, 2024, 2100) if is_leap(y)])
print(NAMES[weekday(2024, 1, 1)], NAMES[weekday(2000, 2, 29)], NAMES[weekday(1969, 7, 20)])
def month(y, m):
    print(f"{y}-{m:02d}".center(20))
    print(" ".join(NAMES))
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))
month(2024, 2)
print(sum(days_in_month(2024, m) for m in range(1, 13)))
