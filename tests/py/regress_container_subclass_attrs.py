# Attributes of instances of list/dict/set subclasses are read from their attribute map, with
# the class's data descriptors, __getattribute__ and __getattr__ still deciding as before.
class Env(dict):
    kind = "env"
    def __init__(self, outer=None):
        super().__init__()
        self.outer = outer
    def find(self, k):
        e = self
        while e is not None:
            if k in e:
                return e
            e = e.outer
        return None
g = Env()
g["x"] = 1
l = Env(Env(g))
print(l.find("x") is g, l.kind, l.outer.outer is g, hasattr(l, "nope"))
class P(list):
    @property
    def first(self):
        return self[0] if self else None
    def __getattr__(self, name):
        return "missing " + name
p = P([5, 6])
p.tag = "t"
print(p.first, p.tag, p.other)
p.__dict__["first"] = "shadow?"
print(p.first)
class G(set):
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
s = G()
s.secret = "stored"
s.plain = 1
print(s.secret, s.plain)
class D(dict):
    pass
d = D()
d.v = 1
D.v = property(lambda self: "class property wins")
print(d.v)
