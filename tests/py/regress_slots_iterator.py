# Regression: __slots__ given as an iterator was iterated again after class creation (and found empty)
class S:
    __slots__ = iter(["q"])
s = S()
s.q = 3
print(s.q, type(S.__dict__["__slots__"]).__name__, list(S.__slots__))
try:
    s.z = 1
except AttributeError as e:
    print(e)
def gen():
    yield "a"
    yield "b"
class G:
    __slots__ = gen()
g = G()
g.a, g.b = 1, 2
print(g.a, g.b, sorted(k for k in G.__dict__ if not k.startswith("__")))
class T:
    __slots__ = {"a": "doc", "b": None}
t = T()
t.a = 1
print(t.a, T.__slots__)
class U(S):
    __slots__ = ()
u = U()
u.q = 5
print(u.q)
try:
    u.w = 1
except AttributeError as e:
    print(e)
class V:
    __slots__ = "x"
V.__slots__ = ("x", "y")
v = V()
try:
    v.y = 1
except AttributeError as e:
    print(e)
