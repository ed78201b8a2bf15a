# Regression: mapping patterns check len(subject) first and raise ValueError for a duplicate key from a value pattern
class C:
    A = "k"
    ONE = 1
    TRUE = True


try:
    match {"k": 1, "z": 2}:
        case {"k": x, C.A: y}:
            print("matched", x, y)
except ValueError as e:
    print("ValueError", e)

try:
    match {1: "a", 2: "b"}:
        case {C.ONE: x, C.TRUE: y}:
            print("matched", x, y)
except ValueError as e:
    print("ValueError", e)

# too few items: the pattern fails before any key is looked up, so no duplicate error
match {"k": 1}:
    case {"k": x, C.A: y}:
        print("matched", x, y)
    case _:
        print("too short")

# a missing key ends the lookups before a later duplicate is seen
match {"a": 1, "b": 2}:
    case {"x": 1, C.A: y, "k": z}:
        print("matched")
    case {"a": 1, **rest}:
        print("rest", rest)


class Logged(dict):
    def __len__(self):
        print("len called")
        return super().__len__()

    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)


match Logged(a=1):
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": v}:
        print("a", v)
    case {}:
        print("empty")

match Logged():
    case {}:
        print("empty pattern matches any mapping")
