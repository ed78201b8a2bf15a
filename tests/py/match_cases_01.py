# match statement: literal, capture, wildcard, value, sequence, mapping, class, or, as, guards
class Color:
    RED = "red"
    GREEN = "green"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r): self.center = center; self.r = r
def describe(v):
    match v:
        case 0 | 0.5:
            return "zero-ish"
        case True:
            return "true"
        case None:
            return "none"
        case "hello" | "hi" as greeting:
            return f"greeting {greeting}"
        case Color.RED:
            return "red color"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num if num > 100:
            return f"big {num}"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one {x}"
        case [1, 2, *rest]:
            return f"starts 1,2 rest={rest}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case {"type": "user", "name": str(name), **others}:
            return f"user {name} extra={others}"
        case {"x": x, "y": y}:
            return f"map point {x},{y}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r=rad):
            return f"circle at {x},{y} r={rad}"
        case Point():
            return "other point"
        case _:
            return f"other {type(v).__name__}"
tests = [0, 0.5, 0.0, False, True, 1, None, "hello", "hi", "red", -5, 500, 500.5, 7, "x", [], [9], (9,), [1, 2, 3, 4], [1, 2], [3, 4, 3], [3, 4, 5], (3, 4, 5), [1, 2, 3],
         {"type": "user", "name": "ann", "age": 3}, {"type": "user", "name": 5}, {"x": 1, "y": 2, "z": 3}, {"q": 1}, {}, Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 2),
         Circle(Point(1, 1), 3), Circle(0, 1), "abc"[0:0], range(3), b"ab", {1, 2}]
for t in tests:
    print(repr(t) if not isinstance(t, (Point, Circle)) else type(t).__name__, "->", describe(t))
