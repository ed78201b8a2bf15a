# isinstance with union types and tuples of types, type() comparisons in dispatch
def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int | float):
        return "number"
    if isinstance(v, (str, bytes)):
        return "text"
    if isinstance(v, list | tuple | set):
        return "collection"
    return type(v).__name__
print([describe(v) for v in [True, 1, 2.0, "s", b"b", [1], (1,), {1}, {}, None]])
print(isinstance(3, int | str), issubclass(bool, int | str), isinstance(None, type(None)))
handlers = {int: lambda v: v * 2, str: lambda v: v.upper(), list: len}
print([handlers[type(v)](v) for v in [21, "hi", [1, 2, 3]]])
print(int | str)
