# Regression: __slots__ validation, a class-level __dict__ property, and del obj.__dict__
def t(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

class B:
    pass

class SW:
    __slots__ = ("__weakref__",)

def c1():
    class S: __slots__ = ("1x",)
def c2():
    class S: __slots__ = ("__dict__", "__dict__")
def c3():
    class S(B): __slots__ = ("__dict__",)
def c4():
    class S(SW): __slots__ = ("__weakref__",)
def c5():
    class S(int): __slots__ = ("a",)
def c6():
    class S(tuple): __slots__ = ()
def c7():
    class S(bytes): __slots__ = ("a",)
def c8():
    class S: __slots__ = "a b"
def c9():
    class S: __slots__ = ""
def c10():
    class S:
        __slots__ = ("x",)
        x = 1
def c11():
    class S: __slots__ = ("1x", 5)
def c12():
    class S: __slots__ = (5, "1x")
def c13():
    class S: __slots__ = ("__weakref__", "__weakref__")
def c14():
    class S(B): __slots__ = ("__weakref__",)
def c15():
    class S: __slots__ = ["a", "b"]
def c16():
    class S: __slots__ = 5
for i, f in enumerate([c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16]):
    t("slots%d" % (i + 1), f)

class P:
    @property
    def __dict__(self):
        return {"z": 1}

print(vars(P()), P().__dict__)

class A:
    __slots__ = ("x", "__dict__")

a = A()
a.x = 1
a.y = 2
del a.__dict__
print(a.x, hasattr(a, "y"))
b = B()
b.q = 1
d = b.__dict__
object.__delattr__(b, "__dict__")
print(b.__dict__, d, hasattr(b, "q"))
b.z = 3
print(b.__dict__)
for o in [ValueError(), (lambda: 0), object()]:
    t(type(o).__name__, lambda: delattr(o, "__dict__"))

class N:
    def __new__(cls):
        return 5
    def __init__(self):
        print("init")

print(N())
