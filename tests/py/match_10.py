# Match guards with side effects, binding in or-patterns, and nested captures
def check(p):
    match p:
        case (x, y) | [x, y, _] if x == y:
            return f"equal pair {x}"
        case {"point": (x, y)} | {"coords": [x, y]}:
            return f"point {x},{y}"
        case [("a" | "b") as letter, *_]:
            return f"starts with {letter}"
        case [[a, b], [c, d]]:
            return f"2x2 det {a * d - b * c}"
        case _:
            return "no match"
for p in [(1, 1), [2, 2, 9], (1, 2), {"point": (3, 4)}, {"coords": [5, 6]}, ["b", 1], [[1, 2], [3, 4]], "zz"]:
    print(p, "->", check(p))
calls = []
def guard(v):
    calls.append(v)
    return v > 1
for v in (1, 2):
    match v:
        case n if guard(n):
            print("guard passed", n)
        case _:
            print("fell through", v)
print(calls)
