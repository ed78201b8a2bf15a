# Walrus inside comprehensions and nested generator pipelines
data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6])
print(y)
evens = (x for x in range(20) if x % 2 == 0)
squares = (x * x for x in evens)
big = [s for s in squares if s > 50]
print(big)
pairs = [(w, n) for w in ["a", "b"] for n in range(2)]
print(pairs)
total = 0
results = [total := total + v for v in [1, 2, 3, 4]]
print(results, total)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)])
print([[row[i] for row in matrix] for i in range(len(matrix[0]))])
print(sum(sum(row) for row in matrix))
