# Regression: obj.__dict__ = d was stored as an attribute named __dict__ (lookups ignored d); now d becomes the storage, inline caches included
class P:
    k = "class"
    def __init__(self):
        self.x = 1
        self.y = 2
    def m(self):
        return "method"
def read(o, n):
    t = 0
    for _ in range(n):
        t += o.x * 2 + o.y
    return t
def readk(o):
    return o.k
def call(o):
    return o.m()
def store(o, n):
    for i in range(n):
        o.x = i
    return o.x
ps = [P() for _ in range(3)]
for p in ps:
    print(read(p, 1000), readk(p), call(p), store(p, 500))
p = ps[0]
old = p.__dict__
p.__dict__ = {"x": 10, "y": 20, "k": "inst", "m": lambda: "own"}
print(read(p, 1000), readk(p), call(p), store(p, 300), p.__dict__["x"], old)
p.__dict__["x"] = 7
print(read(p, 10), p.x)
q = ps[1]
print(read(q, 1000), readk(q), call(q))
# replace then mutate the shared dict
shared = {"x": 1, "y": 1}
a, b = P(), P()
a.__dict__ = shared
b.__dict__ = shared
a.x = 5
print(b.x, read(b, 10))
del b.__dict__
print(vars(b), hasattr(b, "x"), read(a, 3))
# many attributes in a hot loop, then replaced
class Q: pass
qs = []
for i in range(5):
    o = Q()
    o.v = i
    qs.append(o)
def total(xs):
    s = 0
    for o in xs:
        s += o.v
    return s
for _ in range(200):
    total(qs)
print(total(qs))
qs[2].__dict__ = {"v": 100}
qs[3].__dict__ = {}
try:
    total(qs)
except AttributeError as e:
    print(e)
qs[3].__dict__["v"] = 1000
print(total(qs))


class AttrDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.__dict__ = self


a = AttrDict(host="localhost", port=80)
print(a.host, a.port, a)
a.user = "x"
print(a, a["user"])
a["keys"] = 1
print(a.keys)


class W:
    pass


w = W()
w.a = 1
w.__dict__ = {"q": 1}
print(w.q, hasattr(w, "a"), vars(w))
w.__dict__ = w.__dict__
print(vars(w))
for bad in ([1], None, "s"):
    try:
        w.__dict__ = bad
    except TypeError as e:
        print(e)


class Sl:
    __slots__ = ("a",)


try:
    Sl().__dict__ = {}
except AttributeError as e:
    print(e)
try:
    object().__dict__ = {}
except AttributeError as e:
    print(e)
e = ValueError("x")
e.__dict__ = {"note": 1}
print(e.note, e.args)


class Both:
    __slots__ = ("s", "__dict__")


b = Both()
b.s = 1
b.t = 2
b.__dict__ = {"u": 3}
print(b.s, b.u, hasattr(b, "t"))


# a dict subclass as the storage: its own __getitem__ is not consulted
class Loud(dict):
    def __getitem__(self, k):
        return "loud"


w2 = W()
w2.__dict__ = Loud(v=1)
print(w2.v, type(vars(w2)).__name__)
