# Match with captured names used after the match and fallthrough to nothing
def parse(tokens):
    match tokens:
        case [("num", a), ("op", "+"), ("num", b)]:
            result = a + b
        case [("num", a), ("op", "*"), ("num", b)]:
            result = a * b
        case [("num", a)]:
            result = a
        case _:
            result = None
    return result
print(parse([("num", 2), ("op", "+"), ("num", 3)]))
print(parse([("num", 2), ("op", "*"), ("num", 3)]))
print(parse([("num", 7)]), parse([]))
x = 5
match x:
    case 1:
        print("one")
print("no case matched, fine")
match (1, 2, 3):
    case (a, *b):
        print(a, b)
match {"k": 1}:
    case {"k": v, **others}:
        print(v, others)
