# Regression: a with statement's items are compiled one after another, each exit in reverse order (20 items: as many blocks as CPython allows)
log = []
class C:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append(self.n)
        return self.n
    def __exit__(self, t, v, tb):
        log.append(-self.n)
        if t is not None:
            log.append(t.__name__)
        return self.n == 3
with C(0) as v0, C(1) as v1, C(2) as v2, C(3) as v3, C(4) as v4, C(5) as v5, C(6) as v6, C(7) as v7, C(8) as v8, C(9) as v9, C(10) as v10, C(11) as v11, C(12) as v12, C(13) as v13, C(14) as v14, C(15) as v15, C(16) as v16, C(17) as v17, C(18) as v18, C(19) as v19:
    print(v0 + v19)
print(log)
log.clear()
def f():
    for i in range(2):
        with C(0), C(1), C(2), C(3), C(4), C(5), C(6), C(7), C(8), C(9), C(10), C(11), C(12), C(13), C(14), C(15), C(16), C(17), C(18):
            if i == 0:
                continue
            return i
print(f(), log[:3], log[-3:], len(log))
log.clear()
with C(0), C(1), C(2), C(3), C(4), C(5), C(6), C(7), C(8), C(9), C(10), C(11), C(12), C(13), C(14), C(15), C(16), C(17), C(18), C(19):
    1 / 0
print(log[-8:])
