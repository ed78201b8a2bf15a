# super() in varied contexts
class A:
    def __init__(self): self.log = ["A"]
    def __repr__(self): return "A-repr"
    def __eq__(self, o): return "A.__eq__"
    def m(self): return "A.m"
    @property
    def p(self): return "A.p"
    @staticmethod
    def s(): return "A.s"
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def __repr__(self): return "B(" + super().__repr__() + ")"
    def __eq__(self, o): return "B>" + super().__eq__(o)
    def m(self):
        f = lambda: super(B, self).m()
        return "B.m/" + f()
    @property
    def p(self): return "B.p/" + super().p
    @staticmethod
    def s(): return "B.s/" + super(B, B).s()
    def gen(self):
        yield super().m()
    def comp(self):
        return [super(B, self).m() for _ in range(2)]
b = B()
print(b.log, repr(b), b == 1, b.m(), b.p, b.s(), list(b.gen()), b.comp())
class C(B):
    def __init__(self):
        super(B, self).__init__()
        self.log.append("C skipped B")
print(C().log)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
class NoArgSuper:
    def m():
        return super().x
try:
    NoArgSuper.m()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init_subclass__(cls, **kw):
        cls.order = getattr(cls, "order", []) + [cls.__name__]
class X(Base): pass
class Y(X): pass
print(X.order, Y.order)
class Str(str):
    def __new__(cls, v):
        obj = super().__new__(cls, v + "!")
        obj.extra = len(v)
        return obj
s = Str("hey")
print(s, s.extra)
class Left:
    def who(self): return ["Left"] + super().who()
class Right:
    def who(self): return ["Right"]
class Both(Left, Right): pass
print(Both().who())
try:
    Left().who()
except AttributeError as e:
    print(e)
class GA:
    def __getattr__(self, n): return "GA:" + n
class Sub(GA):
    def __getattr__(self, n):
        if n == "special": return "Sub special"
        return super().__getattr__(n)
print(Sub().special, Sub().other)
class SA:
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2)
sa = SA(); sa.x = 5
print(sa.x)
