# list.sort makes exactly the comparisons CPython makes, in the same order, and stays stable
class K:
    __slots__ = ("v", "i")
    def __init__(self, v, i): self.v = v; self.i = i
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
def rng(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x
g = rng(7)
for n in [0, 1, 2, 3, 5, 31, 32, 33, 63, 64, 65, 100, 127, 128, 200, 257, 500, 1000, 3000]:
    for kind in range(5):
        if kind == 0: vals = [next(g) % 1000 for _ in range(n)]
        elif kind == 1: vals = [next(g) % 7 for _ in range(n)]
        elif kind == 2: vals = sorted(next(g) % 1000 for _ in range(n))
        elif kind == 3:
            vals = list(range(n))
            for _ in range(n // 20 + 1):
                if n > 1:
                    i, j = next(g) % n, next(g) % n
                    vals[i], vals[j] = vals[j], vals[i]
        else:
            vals = []
            while len(vals) < n:
                run = [next(g) % 500 for _ in range(next(g) % 90 + 1)]
                run.sort(reverse=next(g) % 2 == 0)
                vals.extend(run)
            vals = vals[:n]
        for rev in (False, True):
            log = []
            out = sorted([K(v, i) for i, v in enumerate(vals)], reverse=rev)
            h = 0
            for a, b in log: h = (h * 31 + a * 7 + b) % 1000000007
            print(n, kind, rev, len(log), h, [k.i for k in out] == [i for v, i in sorted([(v, i) for i, v in enumerate(vals)], key=lambda p: p[0], reverse=rev)])
