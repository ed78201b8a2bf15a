# Regression: type.__init__ accepted any arguments; a property without a name (assigned after class creation) was named after the attribute in its errors
for f in [lambda: type.__init__(int), lambda: type.__init__(int, 1), lambda: type.__init__(int, 1, 2, 3), lambda: type.__init__(int, 1, x=2), lambda: type.__init__(int, 1, 2, 3, 4)]:
    try:
        print(f())
    except TypeError as e: print(e)
class M(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        print("init", name, kw)
class B:
    def __init_subclass__(cls, **kw): print("isc", kw)
class C(B, metaclass=M, flag=1): pass
class A: pass
A.x = property(lambda self: 1)
a = A()
for f in [lambda: setattr(a, "x", 2), lambda: delattr(a, "x")]:
    try: f()
    except AttributeError as e: print(e)
p = property()
try: p.__get__(a)
except AttributeError as e: print(e)
class B:
    y = property(lambda self: 1)
    z = property()
b = B()
for f in [lambda: setattr(b, "y", 2), lambda: delattr(b, "y"), lambda: b.z]:
    try: f()
    except AttributeError as e: print(e)
B.w = B.y
for f in [lambda: setattr(b, "w", 2)]:
    try: f()
    except AttributeError as e: print(e)
