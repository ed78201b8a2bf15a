# Regression: builtin types' methods called on instances of their subclasses (bound, unbound and through super())
class SI(int): pass
class SF(float): pass
class SC(complex): pass
class SS(str): pass
class SB(bytes): pass
class SBA(bytearray): pass
class SL(list): pass
class ST(tuple): pass
class SD(dict): pass
class SSet(set): pass
class SFS(frozenset): pass

class Packet(bytes):
    def __getitem__(self, i):
        return super().__getitem__(i)
p = Packet(b"\x01\x02\x03")
print(p[1:], p[0], p[-1], p[::2], type(p[1:]).__name__, bytes.__getitem__(Packet(b"ab"), 0))
class Z(complex):
    pass
print(Z(1, -2).conjugate(), complex.conjugate(Z(3, 4)), type(Z(1, 2).conjugate()).__name__)
for f in [lambda: (1 + 2j).conjugate(5), lambda: Z(1, 2).conjugate(5), lambda: (1 + 2j).conjugate(x=1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

class E(Exception):
    @property
    def args(self):
        return ("wrapped",) + super().args
print(E(1, 2).args)
class Meters(float):
    @property
    def real(self):
        return super().real * 100
class Pair(complex):
    def parts(self):
        return super().real, super().imag
class Count(int):
    def both(self):
        return super().numerator, super().denominator, super().imag
print(Meters(2.5).real, Pair(1, 2).parts(), Count(7).both())

SKIP = {"__hash__", "__sizeof__", "__reduce__", "__reduce_ex__", "__getstate__", "__dir__", "__class__", "__init_subclass__",
        "__subclasshook__", "__doc__", "__new__", "__class_getitem__", "__setattr__", "__delattr__", "__getattribute__",
        "__init__", "__iter__", "__format__", "__mod__", "__rmod__", "format", "format_map", "is_integer", "__getnewargs__"}
cases = [
    (int, SI, lambda: SI(6), [[], [3], [2.5], [SI(4)]]),
    (float, SF, lambda: SF(6.5), [[], [2], [2.5], [SF(1.5)]]),
    (complex, SC, lambda: SC(1, -2), [[], [2], [1j], [SC(3, 4)]]),
    (str, SS, lambda: SS("Hello World"), [[], ["o"], [SS("l")], [0, 5], ["l", 1, 9]]),
    (bytes, SB, lambda: SB(b"Hello World"), [[], [b"o"], [SB(b"l")], [0, 5], [b"l", 1, 9]]),
    (bytearray, SBA, lambda: SBA(b"Hello World"), [[], [b"o"], [SBA(b"l")], [1], [b"l", 1, 9]]),
    (list, SL, lambda: SL([3, 1, 2]), [[], [1], [[4, 5]], [SL([9])], [slice(0, 2)]]),
    (tuple, ST, lambda: ST((3, 1, 2)), [[], [1], [(4, 5)], [ST((9,))], [slice(0, 2)]]),
    (dict, SD, lambda: SD(a=1, b=2), [[], ["a"], ["a", 5], [SD(d=4)]]),
    (set, SSet, lambda: SSet({1, 2, 3}), [[], [1], [{2, 5}], [SSet({3})]]),
    (frozenset, SFS, lambda: SFS({1, 2, 3}), [[], [1], [{2, 5}], [SFS({3})]]),
]
def show(v):
    if isinstance(v, (set, frozenset)):
        return type(v).__name__ + repr(sorted(v, key=repr))
    if isinstance(v, dict):
        return type(v).__name__ + repr(sorted(v.items(), key=repr))
    if callable(v) or type(v).__name__ in ("dict_keys", "dict_values", "dict_items") or "iterator" in type(v).__name__:
        return type(v).__name__
    return type(v).__name__ + ":" + repr(v)
for base, sub, make, arglists in cases:
    for name in sorted(dir(base)):
        if name in SKIP:
            continue
        outs = []
        for args in arglists:
            row = []
            for mode in ("bound", "unbound", "super"):
                obj = make()
                try:
                    if mode == "bound":
                        r = getattr(obj, name)(*args)
                    elif mode == "unbound":
                        r = getattr(base, name)(obj, *args)
                    else:
                        r = getattr(super(sub, obj), name)(*args)
                    row.append(show(r))
                except Exception as e:
                    row.append("!" + type(e).__name__)
            outs.append(row[0] if row[0] == row[1] == row[2] else "/".join(row))
        print(f"{sub.__name__}.{name}:", " ".join(outs))
