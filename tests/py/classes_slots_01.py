# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
p.x = 5
print(p.x)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z)
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 0
try:
    r.v = 1
except AttributeError as e:
    print(e)
print(r.x, r.w)
class S:
    __slots__ = "single"
s = S(); s.single = 1
print(s.single)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict(); w.a = 1; w.b = 2
print(w.a, w.b)
class Empty:
    __slots__ = ()
try:
    Empty().q = 1
except AttributeError as e:
    print(e)
class Clash:
    __slots__ = ("v",)
    def __init__(self): pass
c = Clash()
try:
    c.v
except AttributeError as e:
    print(e)
print(getattr(c, "v", "unset"))
