# getattr/setattr/hasattr/delattr, vars, attribute dicts
class C:
    cls_attr = "c"
    def __init__(self):
        self.a = 1
o = C()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "missing", None))
setattr(o, "b", 2)
print(o.b, hasattr(o, "b"), vars(o))
delattr(o, "a")
print(hasattr(o, "a"), vars(o))
for name in ["upper", "nonexistent"]:
    print(name, hasattr("str", name))
method = getattr("hello", "upper")
print(method())
print(getattr([], "append").__name__ if hasattr(getattr([], "append"), "__name__") else "append")
try:
    getattr(o, "nope")
except AttributeError as e:
    print(e)
