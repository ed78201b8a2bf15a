# Conway's game of life on a small torus with a glider
W, H = 8, 6
cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}
def show(live):
    for y in range(H):
        print("".join("#" if (x, y) in live else "." for x in range(W)))
for gen in range(3):
    print("gen", gen)
    show(cells)
    cells = step(cells)
for _ in range(20):
    cells = step(cells)
print(len(cells), sorted(cells))
