# match: subclasses, iterators, partial bindings, builtin class patterns
class MyList(list): pass
class MyDict(dict): pass
class MyStr(str): pass
class MyInt(int): pass
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) if s:
            return f"str {s}"
        case bytes(bb):
            return f"bytes {bb!r}"
        case [*items] if len(items) > 2:
            return f"long seq {items}"
        case [x, y]:
            return f"pair {x} {y}"
        case {"k": v2, **rest} if not rest:
            return f"just k {v2}"
        case {**rest}:
            return f"mapping {sorted(rest.items())}"
        case list() | tuple():
            return "short seq"
        case _:
            return f"other {type(v).__name__}"
for v in [True, 3, MyInt(4), 2.0, "s", "", MyStr("ms"), b"b", bytearray(b"ba"), [1, 2, 3], MyList([1, 2]), (1, 2), [1], (), {"k": 1}, MyDict(k=2, j=3), {}, iter([1, 2]), range(2), range(5), {1, 2}, None]:
    print(repr(v) if not isinstance(v, type(iter([]))) else "iter", "->", kind(v))
def partial(v):
    x = y = "unset"
    match v:
        case [x, 0] | [0, x]:
            pass
        case [x, y, 99]:
            pass
        case _:
            pass
    return x, y
print(partial([5, 0]), partial([0, 7]), partial([1, 2, 99]))
match [1, 2, 3, 4, 5]:
    case [first, *middle, last]:
        print(first, middle, last)
match (1, (2, (3, 4))):
    case (a, (b, (c, d))):
        print(a + b + c + d)
match {"user": {"name": "ann", "roles": ["admin", "dev"]}}:
    case {"user": {"name": str() as name, "roles": [*_, "dev"] as roles}}:
        print(name, roles)
match 5:
    case x if x > 10:
        print("big")
    case x if x > 3:
        print("medium", x)
    case _:
        print("small")
for cmd in ["go north", "go", "look", "take sword shield", "drop", "quit now", "  "]:
    match cmd.split():
        case ["go", direction]:
            print("moving", direction)
        case ["go"]:
            print("go where?")
        case ["look"]:
            print("looking")
        case ["take", *objs] if objs:
            print("taking", ", ".join(objs))
        case ["quit" | "exit", *_]:
            print("bye")
        case []:
            print("empty command")
        case [verb, *_]:
            print("unknown verb", verb)
match 1.0:
    case 1:
        print("1.0 matches literal 1")
match True:
    case 1:
        print("True matches 1")
    case True:
        print("True matches True")
match 1:
    case True:
        print("1 matches True")
    case _:
        print("1 does not match True")
match 0.0:
    case -0.0:
        print("0.0 matches -0.0")
match "a":
    case ["a"]:
        print("str as seq")
    case _:
        print("str not seq")
