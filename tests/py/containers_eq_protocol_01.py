# equality protocol order in container operations
log = []
class E:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        log.append((self.n, getattr(o, "n", o)))
        return isinstance(o, E) and self.n == o.n
    def __hash__(self): return hash(self.n)
    def __repr__(self): return f"E{self.n}"
items = [E(1), E(2), E(3)]
def check(label, fn):
    log.clear()
    r = fn()
    print(label, r, log)
check("in", lambda: E(2) in items)
check("not in", lambda: E(9) in items)
check("index", lambda: items.index(E(3)))
check("count", lambda: items.count(E(1)))
check("remove", lambda: items.remove(E(2)) or items)
check("tuple in", lambda: E(3) in tuple(items))
check("list eq", lambda: items == [E(1), E(3)])
check("list ne", lambda: items != [E(1), E(4)])
check("tuple eq", lambda: (E(1),) == (E(1),))
check("dict key", lambda: {E(1): "a"}[E(1)])
check("set in", lambda: E(3) in {E(3)})
check("dict eq", lambda: {1: E(1)} == {1: E(1)})
check("list lt", lambda: [E(1), 5] < [E(1), 6])
check("identity", lambda: items[0] in items)
check("max", lambda: max([3, 1, 2]))
check("str cmp", lambda: E(1) == "x")
check("rev", lambda: "x" == E(1))
check("none", lambda: None in [E(5)])
