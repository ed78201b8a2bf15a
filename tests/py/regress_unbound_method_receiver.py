# Regression: builtin methods called through their type with a receiver of another type raised SystemError
class W:
    pass

class MyList(list):
    pass

types = [int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice,
         type, BaseException, ValueError, OSError, StopIteration, property, staticmethod, classmethod,
         type(iter([])), type(iter(())), type(iter("")), type({}.keys()), type({}.values()), type({}.items()),
         enumerate, zip, map, filter, reversed, type(None), type(len), type(list.append), type(list.__len__)]
checked = 0
for t in types:
    for name, v in list(t.__dict__.items()):
        if name in ("__new__", "__class_getitem__", "__subclasshook__", "__init_subclass__", "__prepare__"):
            continue
        if type(v).__name__ in ("classmethod_descriptor", "staticmethod", "classmethod") or not callable(v):
            continue
        for args in [(W(),), (W(), 1), (W(), 1, 2), (None, None)]:
            try:
                getattr(t, name)(*args)
                print("no error:", t.__name__, name, len(args))
            except TypeError:
                pass
            except Exception as e:
                print("wrong error:", t.__name__, name, type(e).__name__)
        checked += 1
print(checked > 150)

tests = [
    lambda: list.__len__(0), lambda: str.upper(5), lambda: dict.keys([]), lambda: int.bit_length("x"),
    lambda: bytes.hex(1), lambda: set.add(0, 1), lambda: list.append(0, 1), lambda: int.__add__("a", 1),
    lambda: BaseException.__str__(5), lambda: list.__init__(5), lambda: str.__mod__(5, 1), lambda: str.join(1, []),
    lambda: frozenset.union(set()), lambda: set.union(frozenset()), lambda: list.__len__(1, 2),
    lambda: list.__len__(), lambda: str.upper(), lambda: list.append.__get__(5),
    lambda: dict.__dict__["fromkeys"](5, [1]), lambda: dict.__dict__["fromkeys"](int, [1]),
    lambda: dict.__dict__["fromkeys"](), lambda: list.__class_getitem__(), lambda: bool.__and__(1, 1),
    lambda: map(str.upper, ["a", 1, "b"]).__next__() and list(map(str.upper, ["a", 1])),
]
for f in tests:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

# a subclass instance is a valid receiver; bound methods need no check
print(list.__len__(MyList([1, 2])), str.upper("ab"), list.append.__get__([1]).__self__)
m = MyList()
list.append(m, 3)
f = m.append
f(4)
print(m, dict.__dict__["fromkeys"](dict, "ab"), list.__class_getitem__(int), MyList[int].__origin__ is MyList)
print(list(map(str.upper, ["a", "b"])), sorted(["b", "A"], key=str.lower), int.__add__(True, 1))
