# range objects: properties, slicing, membership, reversed, equality
r = range(2, 20, 3)
print(r.start, r.stop, r.step, len(r), list(r))
print(r[0], r[-1], r[2:4], r[::-1], r[::2], list(r[::-2]))
print(5 in r, 6 in r, -1 in range(-5, 0), 10 in range(10))
print(list(reversed(range(1, 10, 4))), range(0) == range(2, 2), range(1, 4) == range(1, 4, 1))
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)))
print(range(10).index(4), range(0, 100, 7).count(21), len(range(10, 0, -3)), list(range(10, 0, -3)))
print(bool(range(0)), bool(range(1)), list(range(-3)), list(range(3, -3, -2)))
