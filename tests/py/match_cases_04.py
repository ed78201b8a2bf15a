# match: self-matching builtins, __match_args__ errors, attribute lookups, value patterns
def m(v):
    match v:
        case int(0) | float(0.0):
            return "zero"
        case int(n) if n > 0:
            return "pos"
        case tuple([a, b]):
            return f"tuple2 {a} {b}"
        case list((x, *_)):
            return f"list starting {x}"
        case dict({"id": i}):
            return f"dict id {i}"
        case str("yes" | "y"):
            return "affirm"
        case frozenset() | set():
            return f"set of {len(v)}"
        case bytearray(b):
            return f"bytearray {len(b)}"
        case _:
            return "?"
for v in [0, 0.0, False, 5, -5, (1, 2), [1, 2], [9], [], {"id": 3, "x": 1}, "yes", "y", "no", {1}, frozenset(), bytearray(3), None]:
    print(repr(v), m(v))
class BadArgs:
    __match_args__ = ["a"]
    a = 1
try:
    match BadArgs():
        case BadArgs(1):
            print("matched list match_args")
except TypeError as e:
    print("TypeError", e)
class Attr:
    __match_args__ = ("missing",)
match Attr():
    case Attr(1):
        print("should not match")
    case Attr():
        print("no attribute -> no match")
class WithProp:
    __match_args__ = ("double",)
    def __init__(self, v): self.v = v
    @property
    def double(self): return self.v * 2
match WithProp(21):
    case WithProp(42):
        print("property matched")
class Status:
    OK = 200
    NOT_FOUND = 404
    codes = {"x": 1}
def status(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "not found"
        case 500 | 502 | 503:
            return "server error"
        case int() if 400 <= code < 500:
            return "client error"
        case _:
            return "unknown"
print([status(c) for c in [200, 404, 418, 502, 999, 200.0]])
def shape(s):
    match s:
        case {"kind": "circle", "r": r} if r > 0:
            return 3.14159 * r * r
        case {"kind": "rect", "w": w, "h": h}:
            return w * h
        case {"kind": "square", "side": side}:
            return side ** 2
        case {"kind": kind}:
            raise ValueError(f"bad {kind}")
        case _:
            raise TypeError("not a shape")
for s in [{"kind": "circle", "r": 2}, {"kind": "rect", "w": 3, "h": 4, "color": "red"}, {"kind": "square", "side": 5}, {"kind": "circle", "r": -1}, {"kind": "hex"}, [1]]:
    try:
        print(f"{shape(s):.2f}")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
