# Regression: list/bytearray item and slice assignment errors (wording and the order of the checks)
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

lst = [1, 2, 3]
ba = bytearray(b"abc")
def store(obj, k, v):
    obj[k] = v
def delete(obj, k):
    del obj[k]

for k in ["a", 1.0, None, slice("a", 2), slice(None, None, 0), slice(0, 2, "x"), 2**62, 2**100, 5, -4]:
    for v in [9, [7, 8], 300]:
        attempt(f"list[{k!r}] = {v!r}", lambda: store(lst, k, v))
        attempt(f"bytearray[{k!r}] = {v!r}", lambda: store(ba, k, v))
    attempt(f"del list[{k!r}]", lambda: delete(lst, k))
    attempt(f"del bytearray[{k!r}]", lambda: delete(ba, k))
    attempt(f"list[{k!r}]", lambda: lst[k])
    attempt(f"tuple[{k!r}]", lambda: (1, 2)[k])
print(lst, ba)

class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
attempt("list[Idx(1)] = 'x'", lambda: store(lst, Idx(1), "x"))
attempt("list[Idx(1):Idx(2)] = 'yz'", lambda: store(lst, slice(Idx(1), Idx(2)), "yz"))
attempt("list[::Idx(2)] = 'pq'", lambda: store(lst, slice(None, None, Idx(2)), "pq"))
attempt("list[::2] = 'pqr'", lambda: store(lst, slice(None, None, 2), "pqr"))
attempt("list[::-1] = list", lambda: store(lst, slice(None, None, -1), lst))
attempt("list[1:1] = list", lambda: store(lst, slice(1, 1), lst))
print(lst)
attempt("list[0:2] = gen", lambda: store(lst, slice(0, 2), (x * 2 for x in range(3))))
attempt("list[::3] = gen", lambda: store(lst, slice(None, None, 3), (c for c in "AB")))
print(lst)
