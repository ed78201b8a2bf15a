# Regression: an instance with __eq__ looked up among int/str keys hashed every key (now an index by hash, kept right by every change); keys compared by identity never matched it
class P:
    def __init__(self, x): self.x = x
    def __hash__(self): return hash(self.x)
    def __eq__(self, o): return o == self.x if not isinstance(o, P) else o.x == self.x
    def __repr__(self): return f"P({self.x!r})"

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n

class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"A{self.n}"
objs = [A(i) for i in range(6)]

def key():
    r = rnd(12)
    if r < 4: return rnd(40)
    if r < 7: return "k" + str(rnd(40))
    if r < 8: return rnd(40) + 0.5
    if r < 9: return objs[rnd(6)]
    if r < 10: return P(objs[rnd(6)])
    return P(rnd(40) if rnd(2) else "k" + str(rnd(40)))

log = []
for trial in range(40):
    d = {}
    s = set()
    for step in range(120):
        op = rnd(13)
        k = key()
        if op < 4:
            d[k] = step
            s.add(k)
        elif op == 4:
            log.append(d.setdefault(k, step))
        elif op == 5:
            log.append(d.pop(k, None))
            s.discard(k)
        elif op == 6:
            if d: log.append(d.popitem())
            if len(s) == 1: log.append(s.pop())
        elif op == 7:
            log.append((k in d, k in s, P(k) in d if not isinstance(k, P) else k in d.keys(), P(k) in s))
        elif op == 8:
            if k in d: del d[k]
        elif op == 9:
            log.append(d.get(P(k) if not isinstance(k, P) else k, "-"))
        elif op == 10:
            if rnd(8) == 0:
                d.clear()
            else:
                d.update({key(): step, key(): -step})
        elif op == 11:
            log.append(list(reversed(d))[:3])
        else:
            e = d.copy()
            if e:
                e.popitem()
            log.append(len(e))
    log.append(list(d.items()))
    log.append(sorted(map(repr, s)))
    while d:
        log.append(d.popitem())
print(len(log))
for i in range(0, len(log), 97):
    print(log[i])
h = 0
for x in log:
    for ch in repr(x):
        h = (h * 31 + ord(ch)) % 1000000007
print(h)

# an instance equal to a key compared by identity is the same key, both ways
class B:
    def __repr__(self): return "B()"
b = B()
class Q:
    def __hash__(self): return hash(b)
    def __eq__(self, o): return o is b
    def __repr__(self): return "Q()"
print({b: 1}.get(Q()), Q() in {b}, {Q(): 1}.get(b), b in {Q()}, {b: 1, Q(): 2})
def f(): pass
class F:
    def __hash__(self): return hash(f)
    def __eq__(self, o): return o is f
print({f: 1}.get(F()), {F(): 1}.get(f), len({f, F()}))

# lookups of instances among many int keys compare only the keys with the same hash
d = {i: i for i in range(50000)}
d[P(1)] = "p"
print(sum(P(i) in d for i in range(3000)), d[P(2999)], d[P(1)])
for i in range(0, 3000, 2):
    del d[i]
d["k7"] = 7
print(sum(P(i) in d for i in range(3000)), P("k7") in d, d.get(P(2)))
