# Tuples: packing, unpacking, methods, immutability
t = 1, 2, 3
print(t, type(t).__name__, len(t))
print((1,), (), tuple(), tuple([1, 2]), tuple("ab"))
a, b, c = t
print(a, b, c)
print(t.index(2), t.count(2), (1, 1, 1).count(1))
print(t + (4,), t * 2, (0,) * 3)
print(t[1:], t[::-1], t[-1])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, "a") == (1, "a"))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
x, y = 10, 20
x, y = y, x
print(x, y)
print(hash((1, 2)) == hash((1, 2)))
print(tuple(sorted((3, 1, 2))), min((4, 2, 8)), sum((1, 2, 3)))
print(1 in t, 5 not in t)
t2 = ([1], 2)
t2[0].append(9)
print(t2)
