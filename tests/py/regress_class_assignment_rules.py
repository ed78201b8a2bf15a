# Regression: obj.__class__ = 5 was accepted (stored as an attribute); incompatible classes were not refused
class A: pass
class B: pass
class S:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
class L(list): pass
class L2(list): pass
class E(Exception): pass
class E2(Exception): pass
class D(dict): pass
class AB(A): pass
class I(int): pass
class I2(int): pass
def t(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError", e)
t(A(), 5)
t(A(), B)
t(A(), int)
t(A(), object)
t(object(), A)
t(A(), S)
t(S(), S2)
t(S(), S3)
t(S(), A)
t(L(), L2)
t(L(), A)
t(A(), L)
t(E(), E2)
t(E(), A)
t(A(), E)
t(D(), L)
t(A(), AB)
t(AB(), A)
t(I(1), I2)
t(1, I)
t([], L)
t(L(), list)
a = A(); a.x = 1
a.__class__ = B
print(a.x, type(a).__name__, isinstance(a, B))
class P(list):
    def hi(self): return "P" + str(len(self))
class Q(list):
    def hi(self): return "Q" + str(len(self))
p = P([1, 2])
p.tag = "t"
p.__class__ = Q
print(p.hi(), p.tag, p, type(p).__name__)
class Liar:
    __class__ = int
o = Liar()
o.__class__ = B
print(type(o).__name__, o.__dict__)
class F(float): pass
class F2(float): pass
f = F(1.5)
f.__class__ = F2
print(type(f).__name__, f + 1)
