# List equality, containment with nested lists, copying shallow vs deep by hand
a = [[1, 2], [3, 4]]
shallow = a[:]
deep = [row[:] for row in a]
a[0].append(99)
print(shallow, deep)
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [[]] == [[]], [0.0] == [0], [1] * 3 == [1, 1, 1])
print([1, 2] in [[1, 2], [3]], [[1, 2]].count([1, 2]), [[3], [1]].index([1]))
x = [1, 2, 3]
y = list(x)
y.reverse()
print(x, y, x == y[::-1])
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
print(nested)
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
