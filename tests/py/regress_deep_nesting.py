# Regression: containers nested 100,000 deep: repr/compare give CPython's RecursionError wording, hash works, list.index reprs only on failure
def build(kind, n):
    b = [] if kind == "list" else () if kind == "tuple" else {}
    for i in range(n):
        if kind == "list":
            b = [b]
        elif kind == "tuple":
            b = (b,)
        else:
            b = {"k": b}
    return b

def inner(b):
    return b["k"] if type(b) is dict else b[0]

ops = [
    ("repr", lambda b: repr(b)),
    ("str", lambda b: str(b)),
    ("f-string", lambda b: f"{b}"),
    ("==", lambda b: b == inner(b)),
    ("!=", lambda b: b != inner(b)),
    ("<", lambda b: b < inner(b)),
    ("in", lambda b: b in [inner(b)]),
    ("count", lambda b: [b].count(inner(b))),
    ("index", lambda b: [inner(b)].index(b)),
    ("sorted", lambda b: sorted([b, inner(b)])),
    ("is-equal", lambda b: b == b),
]
for kind in ("list", "tuple", "dict"):
    b = build(kind, 100000)
    for name, f in ops:
        if kind == "dict" and name in ("<", "sorted"):
            continue
        try:
            r = f(b)
            print(kind, name, "->", type(r).__name__, r if type(r) in (bool, int) else "")
        except RecursionError as e:
            print(kind, name, "-> RecursionError:", e)

t1 = build("tuple", 100000)
t2 = build("tuple", 100000)
print(type(hash(t1)).__name__, hash(t1) == hash(t2), hash(t1) == hash(t1[0]))
print(len({t1: 1}), t1 in {t1}, len({t1, t1[0]}))

class R:
    def __repr__(self):
        print("repr called")
        return "R()"
r = R()
print([1, r].index(r))
try:
    [1].index(r)
except ValueError as e:
    print(e)
