# __new__, __init__ interplay, singletons, immutables
class Single:
    _inst = None
    def __new__(cls, *a, **k):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Single(1); b = Single(2)
print(a is b, a.v)
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
p = Pos(5)
print(p, p + 1, type(p).__name__, type(p + 1).__name__, isinstance(p, int))
try:
    Pos(-1)
except ValueError as e:
    print(e)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self): return self + "!"
u = Upper("hey")
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, u == "HEY")
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self): return f"Point(x={self.x}, y={self.y})"
pt = Point(3, 4)
print(pt, pt.x, pt[1], len(pt), pt + (5,), pt == (3, 4), hash(pt) == hash((3, 4)))
x, y = pt
print(x, y)
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never called")
r = ReturnsOther()
print(type(r).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(e)
class OnlyNew:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.a = a
        return o
print(OnlyNew(9).a)
try:
    object.__new__(OnlyNew) and None
    print("object.__new__ with extra args ok?")
except TypeError as e:
    print(e)
class F(float):
    def __repr__(self): return f"F<{float(self)}>"
    __str__ = __repr__
print(F(1.5), F(1.5) * 2, [F(2)], round(F(2.567), 1))
class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = "x"
ml = MyList([1, 2])
ml.append(3)
print(ml, ml.extra, len(ml), ml[1:], type(ml[1:]).__name__, isinstance(ml, list))
class D(dict):
    def __missing__(self, k):
        self[k] = len(k)
        return self[k]
d = D()
print(d["abc"], d["z"], d, d.get("q"), "q" in d)
