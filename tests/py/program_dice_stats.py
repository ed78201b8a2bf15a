# Exhaustive dice probability table with integer arithmetic and fractions by hand
counts = {}
for a in range(1, 7):
    for b in range(1, 7):
        for c in range(1, 7):
            s = a + b + c
            counts[s] = counts.get(s, 0) + 1
total = 6 ** 3
def g(a, b):
    while b:
        a, b = b, a % b
    return a
for s in sorted(counts):
    n = counts[s]
    k = g(n, total)
    print(f"{s:2d} {n:3d} {n // k}/{total // k:<4} {n / total:.4f} {'*' * (n // 3)}")
print(sum(counts.values()) == total, max(counts, key=counts.get), sum(s * n for s, n in counts.items()) / total)
