# Regression: __slots__ on a subclass of a builtin container type removes the instance __dict__
class P(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(1, 2)
print(p, p.x, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
class L(list):
    __slots__ = ("tag",)
l = L([1, 2])
l.tag = "t"
print(l, l.tag, hasattr(l, "__dict__"))
try:
    l.other = 1
except AttributeError as e:
    print("AttributeError:", e)
for base in (int, float, str, dict, set, bytes, object, frozenset, complex, bytearray):
    C = type("C", (base,), {"__slots__": ()})
    c = C()
    try:
        c.a = 1
        print(base.__name__, "settable")
    except AttributeError as e:
        print(base.__name__, "AttributeError:", e)
class E(Exception):
    __slots__ = ()
e = E("m")
e.note = 1
print(e.note, hasattr(e, "__dict__"))
class D(dict):
    pass
class D2(D):
    __slots__ = ()
d = D2()
d.a = 1
print(d.a)
