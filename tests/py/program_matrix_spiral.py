# Spiral matrix generation and traversal, Pascal's triangle
def spiral(n):
    m = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n and m[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m
for row in spiral(5):
    print(" ".join(f"{v:2}" for v in row))
def unspiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
print(unspiral(spiral(4)))
def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows
for row in pascal(7):
    print(" ".join(map(str, row)).center(30))
print(pascal(60)[-1][30])
