# __getattr__ and __getattribute__-free dynamic attributes, __setattr__
class Record:
    def __init__(self, **fields):
        self._fields = fields
    def __getattr__(self, name):
        if name in self._fields:
            return self._fields[name]
        raise AttributeError(f"no field {name!r}")
r = Record(a=1, b="two")
print(r.a, r.b)
try:
    r.c
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "c", "default"), hasattr(r, "a"), hasattr(r, "zz"))
class Locked:
    def __init__(self):
        object.__setattr__(self, "ok", 1)
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        object.__setattr__(self, name, value * 2)
l = Locked()
l.v = 5
print(l.ok, l.v)
try:
    l._x = 1
except AttributeError as e:
    print(e)
class Upper:
    def __getattr__(self, name):
        return name.upper()
print(Upper().hello, Upper().abc)
