# Regression: a list.sort() whose comparison raises leaves the list in the partially sorted order CPython's sort had reached (it was left unchanged)
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
class K:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.n += 1
        if K.n == K.limit: raise ValueError('stop')
        return self.v < o.v
    def __repr__(self): return str(self.v)
for size in (5, 40, 70, 200, 600):
    for limit in (3, 10, 50, 150, 400, 1000, 2500):
        for rev in (False, True):
            data = [rnd(100) for _ in range(size)]
            a = [K(v) for v in data]
            K.n = 0; K.limit = limit
            try:
                a.sort(reverse=rev)
                r = 'ok'
            except ValueError:
                r = 'err'
            print(size, limit, rev, r, sum(i * x.v for i, x in enumerate(a)), sorted(x.v for x in a) == sorted(data))
a = [3, 1, 2, 'x', 0]
try: a.sort()
except TypeError as e: print(a)
b = [5, 4, 3, 'x', 2, 1]
try: b.sort(key=lambda v: v, reverse=True)
except TypeError as e: print(b)
c = [3, 2, 1]
def kf(v):
    if v == 1: raise KeyError(v)
    return v
try: c.sort(key=kf)
except KeyError: print(c)
