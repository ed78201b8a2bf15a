# Match mapping patterns on dict subclasses and sequences of various kinds
class Config(dict):
    pass
def m(v):
    match v:
        case {"mode": "a" | "b" as mode, **kw} if not kw:
            return f"bare mode {mode}"
        case {"mode": mode, **kw}:
            return f"mode {mode} with {sorted(kw)}"
        case [int(), int()] | (int(), int()):
            return "two ints"
        case [_, _, *rest] if len(rest) >= 2:
            return f"4+ items, rest {rest}"
        case _:
            return "other"
print(m({"mode": "a"}), m(Config(mode="b", x=1, y=2)), m({"mode": "z"}))
print(m([1, 2]), m((3, 4)), m([1, 2, 3, 4]), m(range(5)), m("abcd"), m([1, "2"]))
