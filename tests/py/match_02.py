# Sequence patterns: fixed length, star, nested
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} between)"
        case [first, *rest]:
            return f"first {first}, rest {rest}"
for v in [[], [1], [1, 2], (1, 2, 3), [1, 2, 3, 4, 5, 6], "ab"]:
    print(repr(v), "->", seq(v))
def nested(p):
    match p:
        case [(x1, y1), (x2, y2)]:
            return f"segment {x1},{y1} to {x2},{y2}"
        case [[*_], *_]:
            return "list of lists"
        case _:
            return "no"
print(nested([(0, 0), (3, 4)]), nested([[1], 2]), nested([1]))
