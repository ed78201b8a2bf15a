# Dict iteration patterns: grouping, counting, nested defaults
records = [("fruit", "apple"), ("veg", "carrot"), ("fruit", "pear"), ("veg", "leek"), ("grain", "rice")]
groups = {}
for kind, name in records:
    groups.setdefault(kind, []).append(name)
print(groups)
by_len = {}
for _, name in records:
    by_len[len(name)] = by_len.get(len(name), 0) + 1
print(dict(sorted(by_len.items())))
matrix = {}
for i in range(3):
    for j in range(3):
        matrix[(i, j)] = i * j
print(matrix[(2, 2)], sum(matrix.values()), len(matrix))
print([k for k, v in matrix.items() if v == 2])
d = {"b": 2, "a": 1, "c": 3}
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print(list(reversed(d)), list(reversed(d.items())))
