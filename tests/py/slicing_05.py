# Negative step slicing exhaustive check on a short list
xs = [0, 1, 2, 3, 4]
for start in (None, -1, 0, 2, 4, 5, -6):
    row = []
    for stop in (None, -1, 0, 2, 4, 5, -6):
        row.append("".join(map(str, xs[start:stop:-1])) or "-")
    print(start, row)
print(xs[::-2], xs[3::-2], xs[:1:-2], xs[-2::-3])
