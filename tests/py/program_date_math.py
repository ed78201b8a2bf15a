# date arithmetic by hand
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def leap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def mdays(y, m): return [31, 29 if leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def to_ordinal(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + sum(mdays(y, k) for k in range(1, m)) + d
def from_ordinal(n):
    y = 1
    while True:
        dy = 366 if leap(y) else 365
        if n > dy and y % 400 == 1 and n > 146097:
            y += 400; n -= 146097; continue
        if n <= dy: break
        n -= dy; y += 1
    m = 1
    while n > mdays(y, m):
        n -= mdays(y, m); m += 1
    return y, m, n
def weekday(y, m, d): return (to_ordinal(y, m, d) + 6) % 7
def add_days(date, k): return from_ordinal(to_ordinal(*date) + k)
def fmt(date):
    y, m, d = date
    return f"{DAYS[weekday(y, m, d)][:3]} {d:02d}-{MONTHS[m - 1]}-{y:04d}"
for date in [(2000, 1, 1), (2024, 2, 29), (1999, 12, 31), (1970, 1, 1), (2023, 3, 15), (1, 1, 1)]:
    print(fmt(date), to_ordinal(*date), fmt(add_days(date, 100)), fmt(add_days(date, 365)))
print(to_ordinal(2024, 12, 25) - to_ordinal(2024, 1, 1), [y for y in range(1896, 1920) if leap(y)])
def calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, mdays(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(calendar(2024, 2)); print(calendar(2023, 10))
def age(born, today):
    (by, bm, bd), (ty, tm, td) = born, today
    return ty - by - ((tm, td) < (bm, bd))
print(age((1990, 6, 15), (2024, 6, 14)), age((1990, 6, 15), (2024, 6, 15)))
secs = 987654
d, rem = divmod(secs, 86400); h, rem = divmod(rem, 3600); mi, s = divmod(rem, 60)
print(f"{d}d {h:02}:{mi:02}:{s:02}", "%dd %02d:%02d:%02d" % (d, h, mi, s), "{}d {:02}:{:02}:{:02}".format(d, h, mi, s))
