# Regression: __dict__ of list/dict/set/tuple/bytearray/... subclass instances was a copy (writes through it lost)
class Row(list):
    def __init__(self, values, **meta):
        super().__init__(values)
        self.__dict__.update(meta)


r = Row([1, 2], line=7)
print(r, getattr(r, "line", "missing"))
vars(r)["col"] = 3
print(r.col, r.__dict__, vars(r) is r.__dict__)
del r.line
print(vars(r))


class Packet(bytearray):
    def __init__(self, data, source):
        super().__init__(data)
        self.source = source


p = Packet(b"\x01\x02", "net")
print(p, repr(p), p.source, vars(p))
p.__dict__["port"] = 80
print(p.port)

bases = [bytes, bytearray, int, float, complex, str, tuple, list, dict, set, frozenset, BaseException,
         Exception, ValueError, object, super]


def make(b):
    class S(b):
        pass
    if b is super:
        return S(int, 1)
    if issubclass(b, BaseException):
        return S("x")
    return S()


for b in bases:
    o = make(b)
    o.a = 1
    o.__dict__.update(b=2)
    vars(o)["c"] = 3
    out = [b.__name__, o.a, o.b, o.c, vars(o)]
    o.__dict__ = {"q": 9}
    out += [o.q, getattr(o, "a", "gone"), vars(o)]
    del o.q
    out.append(vars(o))
    print(*out)


class L(list):
    pass


l = L()
l.a = 1
del l.__dict__
print(vars(l), hasattr(l, "a"))

s = staticmethod(len)
s.x = 1
print(sorted(vars(s)), s.x)
del s.x
print("x" in vars(s))


# an attribute of its own shadows a method, however it was stored
class L2(list):
    pass


ls = [L2(), L2()]


def app(o, v):
    return o.append(v)


for _ in range(300):
    for o in ls:
        app(o, 1)
print(len(ls[0]), len(ls[1]))
vars(ls[1])["append"] = lambda v: "shadowed"
print(app(ls[0], 1), app(ls[1], 1), len(ls[0]), len(ls[1]))
z = L2()
for _ in range(100):
    z.append(0)
z.append = lambda v: "set"
print(z.append(1), len(z))
del z.append
print(z.append(1), len(z))


class D(dict):
    pass


d = D()
d.keys = lambda: "own"
print(d.keys())
