# Builtin class patterns, as-patterns, guards and value patterns
class Color:
    RED = "red"
    GREEN = "green"
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float() as f:
            return f"float {f}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"short str {s}"
        case [int() | float() as first, *_] as whole:
            return f"numeric list starting {first} len {len(whole)}"
        case (1, 2) | [3, 4]:
            return "special pair"
        case _:
            return "unknown"
for v in [True, -4, 7, 1.5, "abcdef", "ab", [2.5, "x"], (1, 2), [3, 4], {}]:
    print(kind(v))
def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown color {other}"
print(color("red"), color("green"), color("blue"))
