# attribute hooks
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.a = 1
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattr__(self, name):
        self.log.append(("miss", name))
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
o = Logged()
o.b = 2
print(o.a, o.b, o.auto_x)
del o.a
try:
    o.a
except AttributeError as e:
    print("AE", e)
print(getattr(o, "zzz", "dflt"), hasattr(o, "auto_q"), hasattr(o, "nope"))
for entry in o.log: print(entry)

class GA:
    def __init__(self): self.real = 10
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        if name == "boom":
            raise AttributeError("boom!")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
g = GA()
print(g.real, g.secret, g.boom, g.other)

class Frozen:
    __slots__ = ("x",)
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}")
f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(e)
try:
    setattr(f, "y", 1)
except AttributeError as e:
    print(e)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("proxy ->", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
try:
    len(p)
except TypeError as e:
    print(e)

class Dyn: pass
d = Dyn()
setattr(d, "x", 1)
setattr(d, "with space", 2)
print(d.x, getattr(d, "with space"), sorted(d.__dict__))
delattr(d, "x")
print(d.__dict__)
try:
    delattr(d, "x")
except AttributeError as e:
    print(e)
try:
    getattr(d, 5)
except TypeError as e:
    print(e)
d.__dict__["z"] = 9
print(d.z)
