# Match on enum-like constants, dotted names and literal negatives/strings
class Op:
    ADD = "+"
    SUB = "-"
    MUL = "*"
def apply(op, a, b):
    match op:
        case Op.ADD:
            return a + b
        case Op.SUB:
            return a - b
        case Op.MUL:
            return a * b
        case _:
            raise ValueError(f"unknown op {op!r}")
print(apply("+", 2, 3), apply("-", 2, 3), apply("*", 2, 3))
try:
    apply("/", 1, 2)
except ValueError as e:
    print(e)
def temp(t):
    match t:
        case -273:
            return "absolute zero-ish"
        case 0 | 0.0:
            return "freezing"
        case 100:
            return "boiling"
        case "hot" | "warm":
            return "words"
        case _:
            return "normal"
print([temp(t) for t in (-273, 0, 0.0, 100, 100.0, "hot", 37)])
