# Match against class patterns with builtin types and mixed structures
def classify(v):
    match v:
        case int() | float() if v == 0:
            return "zero"
        case int(x) | float(x) if x > 0:
            return f"positive {x}"
        case str() | bytes():
            return f"text of {len(v)}"
        case list([*xs]) if all(isinstance(x, int) for x in xs):
            return f"int list sum {sum(xs)}"
        case tuple((a, b)):
            return f"pair {a}/{b}"
        case dict({"id": int(i)}):
            return f"record {i}"
        case set() | frozenset():
            return f"set of {len(v)}"
        case None:
            return "nothing"
        case _:
            return "other"
for v in [0, 0.0, 5, 2.5, -3, "abc", b"xy", [1, 2, 3], [1, "x"], (1, 2), (1, 2, 3), {"id": 9}, {"id": "x"}, {1, 2}, frozenset(), None]:
    print(repr(v), "->", classify(v))
