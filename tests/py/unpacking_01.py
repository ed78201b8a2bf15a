# Starred and nested unpacking
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[a, b] = "pq"
print(a, b)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *[9]], (*"hi",), {*[1, 2], *[2, 3]})
print({**{"a": 1}, **{"b": 2}})
x = y = z = 0
print(x, y, z)
a = b = []
a.append(1)
print(b)
