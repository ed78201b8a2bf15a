# match: edge cases - str not a sequence, mapping with non-str keys, nested or, errors
def m(v):
    match v:
        case [a, [b, *c]] | (a, b, c):
            return ("A", a, b, c)
        case {1: one, "k": [*items]}:
            return ("B", one, items)
        case [int() | str() as x, *_] if isinstance(x, str):
            return ("C", x)
        case [*_, (1 | 2) as tail]:
            return ("D", tail)
        case -1 | -2.5 | 1+2j:
            return ("E", v)
        case {"a": {"b": leaf}}:
            return ("F", leaf)
        case [bool(x)]:
            return ("G", x)
        case [float(f), _]:
            return ("H", f)
        case str() as s if len(s) > 3:
            return ("I", s)
        case _:
            return ("Z", v)
for v in [[1, [2, 3, 4]], (1, 2, 3), [1, [2]], {1: "x", "k": [1, 2]}, {1: "x", "k": "str"}, ["s", 1], [1, 2], [5, 9, 2], -1, -2.5, 1 + 2j, {"a": {"b": 7, "c": 0}}, [True], [1], [1.5, 2], [1, 2.5], "abcd", "abc", "ab", [], {"a": 1}]:
    print(repr(v), m(v))
class P:
    __match_args__ = ("a",)
    def __init__(self, a, b=0): self.a = a; self.b = b
class Q(P): pass
def cls(v):
    match v:
        case Q(a=1):
            return "Q a=1"
        case P(1, b=2):
            return "P 1 b=2"
        case P(a=P(a=inner)):
            return f"nested {inner}"
        case P(b=bb) if bb > 5:
            return f"b big {bb}"
        case P():
            return "P any"
        case _:
            return "nope"
for v in [Q(1), P(1, 2), P(P(9)), P(0, 9), Q(5), P(1), 3]:
    print(cls(v))
class NoArgs:
    def __init__(self): self.x = 1
try:
    match NoArgs():
        case NoArgs(1):
            print("matched")
except TypeError as e:
    print("TypeError", e)
class Two:
    __match_args__ = ("x", "y")
    x = 1
try:
    match Two():
        case Two(1, 2, 3):
            print("matched")
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case Two.x.nope:
            pass
except AttributeError as e:
    print("AttributeError", e)
x = 10
match 10:
    case y if y == x:
        print("guard matched", y)
match [1, 2, 3]:
    case [*head, 3]:
        print("head", head)
match {"a": 1, "b": 2}:
    case {"a": _, **rest}:
        print("rest", rest)
match "hello":
    case ("h" | "hello") as word:
        print("word", word)
match 3:
    case 1:
        print("one")
print("no match fallthrough ok")
match (1, 2):
    case [a, b]:
        print("tuple as seq", a, b)
match [1, (2, 3)]:
    case [_, (_, z)]:
        print("z", z)
for val in [int, str, 5]:
    match val:
        case type():
            print("a type", val.__name__)
        case _:
            print("not type")
