# Tuples as dict keys, sorting records, namedtuple-free records, tuple unpacking in loops
points = [(3, 4), (1, 1), (0, 5), (3, -4)]
dist2 = {p: p[0] ** 2 + p[1] ** 2 for p in points}
print(dist2)
print(sorted(points, key=lambda p: (dist2[p], p)))
record = ("Ada", 1815, ("London", "UK"))
name, year, (city, country) = record
print(f"{name} born {year} in {city}, {country}")
print(tuple(reversed(record[:2])), record[2][::-1], len(record))
pairs = list(zip("abc", (1, 2, 3)))
print(pairs, dict(pairs), [t[::-1] for t in pairs])
print((1, 2) + (3,), (1,) * 3, tuple(x * 2 for x in (1, 2)), (1, 2, 3)[1:], ((1, 2),)[0][1])
print(max([(1, "z"), (2, "a"), (2, "b")]), sorted([(2, 1), (1, 2), (1, 1)]))
t = ()
print(len(t), t == (), bool(t), bool((0,)))
