# Mapping patterns with rest, class patterns with keyword and positional
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case _:
            return "not an event"
print(handle({"type": "click", "pos": (1, 2)}))
print(handle({"type": "key", "key": "a", "mod": "shift"}))
print(handle({"type": "key", "key": 5}))
print(handle({"type": "scroll", "delta": 3}))
print(handle([1, 2]))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
print([where(Point(*c)) for c in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 7)]])
