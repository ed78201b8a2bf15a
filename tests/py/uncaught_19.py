# expect-error: TypeError: 'int' object is not subscriptable
rows = [[1, 2], [3, 4], 5]
for r in rows:
    print(r[0])
