# staticmethod/classmethod, alternate constructors, class vs instance attrs
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("2000-1-1"))
print(Date.is_leap(1900), Date.is_leap(2000), Date(1, 1, 1).is_leap(2024))
print(Date.count, MyDate.count)
MyDate.count = 100
print(Date.count, MyDate.count)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
sm = Date.__dict__["is_leap"]
print(sm.__func__(2004))
cm = Date.from_string
print(cm.__self__ is Date, cm.__func__.__name__)

class Shared:
    items = []
    tags = ()
    def add(self, x):
        self.items.append(x)
        self.tags += (x,)
a, b = Shared(), Shared()
a.add(1); b.add(2)
print(Shared.items, a.tags, b.tags, Shared.tags)
print("tags" in a.__dict__, "items" in a.__dict__)

class Cnt:
    n = 0
    def inc(self):
        self.n += 1
c1 = Cnt(); c1.inc(); c1.inc()
print(c1.n, Cnt.n)
del c1.n
print(c1.n)
try:
    del c1.n
except AttributeError as e:
    print(e)

class K:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def s(): return "static"
k = K()
print(k.make(), K.make(), k.s(), K.s())
# classmethod chained from subclass via super
class A:
    @classmethod
    def who(cls): return "A.who(" + cls.__name__ + ")"
class B(A):
    @classmethod
    def who(cls): return "B>" + super().who()
print(B.who(), B().who())
# staticmethod in class body called directly (3.10+ callable)
class T:
    @staticmethod
    def helper(x): return x * 2
    table = [helper(i) for i in range(1)] if False else None
    doubled = helper(21)
print(T.doubled)
