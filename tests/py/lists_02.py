# List operators: +, *, in, comparison, nested lists and aliasing
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4])
c = a[:]
c.append(5)
print(a, c)
print([1, 2] + [3], [0] * 4, 2 * ["x"], [] * 3)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [1, [2, 3]] == [1, [2, 3]])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
print(3 in a, 9 not in a, [1] in [[1], [2]])
a += [6]
print(a)
a *= 2
print(a)
