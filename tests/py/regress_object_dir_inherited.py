# Regression: object.__dir__(obj) and super().__dir__() left out the instance's and the inherited attributes, so a __dir__ returning ['extra'] + super().__dir__() lost them
def public(names):
    return [n for n in names if not n.startswith("__")]

class B:
    def base_m(self): pass
class A(B):
    cls_attr = 1
    def m(self): pass
    def __dir__(self): return ["extra"] + super().__dir__()
a = A(); a.x = 1; a.y = 2
print(public(dir(a)))
print(public(object.__dir__(a)))
print(type(object.__dir__(a)).__name__, "__class__" in object.__dir__(a), "__init__" in object.__dir__(a))
print(sorted(object.__dir__(a)) == sorted(set(dir(a)) - {"extra"}))

class D:
    def __dir__(self):
        return ["custom"] + [n for n in super().__dir__() if not n.startswith("_")]
d = D(); d.q = 1
print(dir(d))

# diamond: each class's names once, the instance's first
class Top:
    t = 0
class Left(Top):
    l = 0
class Right(Top):
    r = 0
class Bottom(Left, Right):
    b = 0
o = Bottom(); o.own = 1
print(public(object.__dir__(o)))
print(public(type.__dir__(Bottom)), public(dir(Bottom)))
print(sorted(object.__dir__(o)) == dir(o), sorted(type.__dir__(Bottom)) == dir(Bottom))

# other kinds of __dir__: a tuple, a generator, a dict's keys, a static method
class T:
    def __dir__(self): return ("b", "a", "c")
class G:
    def __dir__(self): return (n for n in "zyx")
class K(dict):
    __dir__ = dict.keys
class S:
    __dir__ = staticmethod(lambda: ["s2", "s1"])
print(dir(T()), dir(G()), dir(K(q=1, p=2)), dir(S()))
class Bad:
    def __dir__(self): return 5
try:
    dir(Bad())
except TypeError as e:
    print("TypeError", e)

# the instance dict as it is (an AttrDict whose __dict__ is itself)
class AttrDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.__dict__ = self
ad = AttrDict(alpha=1)
ad.beta = 2
print(public(dir(ad))[:2], public(object.__dir__(ad))[:2])

# builtin values
print(sorted(object.__dir__(5)) == dir(5), "__doc__" in dir(5), "__class__" in dir([]), "real" in dir(True))
print(set(dir(object)) <= set(dir(A)), set(dir(int)) <= set(dir(bool)))
