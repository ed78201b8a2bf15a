# Regression: assigning C.__bases__ did not recompute the MRO (of the class and its subclasses) nor check the new bases
class A1:
    def f(self): return "A1"
class A2:
    def f(self): return "A2"
class A3(A1, A2):
    pass
class A4(A3):
    pass
print(A3().f(), A4().f())
A3.__bases__ = (A2, A1)
print(A3.__bases__, A3.__mro__, A3().f())
print(A4.__mro__, A4().f())
print(A1.__subclasses__(), A2.__subclasses__())

class B: pass
class C(B): pass
class D:
    x = 1
C.__bases__ = (D,)
print(C.__mro__, C.x, C.__base__, issubclass(C, B), issubclass(C, D), isinstance(C(), D))

def attempt(label, cls, bases):
    try:
        cls.__bases__ = bases
        print(label, "ok", cls.__mro__)
    except TypeError as e:
        print(label, "TypeError", e)
class S:
    __slots__ = ("x",)
class DD(dict):
    pass
attempt("list", C, [D])
attempt("empty", C, ())
attempt("not a class", C, (D, 1))
attempt("cycle", D, (C,))
attempt("self", C, (C,))
attempt("duplicate", C, (D, D))
attempt("object first", C, (object, D))
attempt("slots", C, (S,))
attempt("dict", C, (DD,))
attempt("builtin", int, (object,))
class E: pass
attempt("from object", E, (D,))
try:
    del C.__bases__
except TypeError as e:
    print("TypeError", e)
for attr in ("__mro__", "__base__"):
    try:
        setattr(C, attr, (C, object))
    except AttributeError as e:
        print("AttributeError", attr, e)

# a subclass whose MRO becomes inconsistent: everything is restored
class X: pass
class Y(X): pass
class P(X): pass
class Q(Y, P): pass
try:
    P.__bases__ = (Y,)
except TypeError as e:
    print("TypeError", e)
print(P.__bases__, P.__mro__, Q.__mro__)
