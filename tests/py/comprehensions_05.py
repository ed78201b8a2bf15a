# Nested comprehensions over dicts and strings, flattening and filtering combos
data = {"fruits": ["apple", "fig"], "veg": ["kale", "leek", "yam"], "empty": []}
print([item for group in data.values() for item in group])
print({k: len(v) for k, v in data.items() if v})
print({item[0] for group in data.values() for item in group} == set("afkly"))
print([(k, item) for k, group in data.items() for item in group if len(item) == 3])
print(sorted({c for w in ["hello", "world"] for c in w if c not in "lo"}))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[matrix[j][i] * (i == j) for i in range(3)] for j in range(3)])
print([sum(row[i] for row in matrix) for i in range(3)], [row[::-1] for row in matrix[::-1]])
print([x for x in [y * 2 for y in range(5)] if x > 2])
