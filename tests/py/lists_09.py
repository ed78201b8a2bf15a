# Lists as 2D grids, rotations and flood fill
grid = [list(r) for r in ["#..#", "....", ".##.", "#..."]]
def rotate(g):
    return [list(r) for r in zip(*g[::-1])]
def show(g):
    print("\n".join("".join(r) for r in g))
show(rotate(grid))
print()
show(rotate(rotate(rotate(rotate(grid)))))
def flood(g, r, c, ch):
    target = g[r][c]
    stack = [(r, c)]
    while stack:
        r, c = stack.pop()
        if 0 <= r < len(g) and 0 <= c < len(g[0]) and g[r][c] == target:
            g[r][c] = ch
            stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
flood(grid, 1, 1, "o")
print()
show(grid)
print(sum(row.count("o") for row in grid))
