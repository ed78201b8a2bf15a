# Regression: a metaclass mro() override was ignored; __base__ was the first base instead of CPython's solid base
class M(type):
    def mro(cls):
        return [cls, object]
class A:
    def a(self): return "a"
class Z(A, metaclass=M): pass
print(Z.__mro__, hasattr(Z(), "a"), type.mro(Z))
class M2(type):
    def mro(cls):
        return list(reversed(super().mro()))
class B: pass
class C(B, metaclass=M2): pass
print(C.__mro__)
class M3(type):
    def mro(cls):
        return [cls, 5]
try:
    class D(metaclass=M3): pass
except TypeError as e: print(e)
class M4(type):
    def mro(cls):
        return (cls, int, object)
try:
    class D4(metaclass=M4): pass
except TypeError as e: print(e)
class L(A, list): pass
print(L.__base__, A.__base__, object.__base__, bool.__base__, L.__bases__)
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
class S3:
    __slots__ = ()
class P(A, S1): pass
print(P.__base__)
try:
    class Q(S1, S2): pass
except TypeError as e: print(e)
class R(S3, S1): pass
print(R.__base__)
class E(ValueError, KeyError): pass
print(E.__base__)
class T(A, dict): pass
print(T.__base__)
class U(T): pass
print(U.__base__)
class V(U, A): pass
print(V.__base__)
class W(S1): pass
class W2(A, W): pass
print(W2.__base__)
class Mcount(type):
    calls = 0
    def mro(cls):
        Mcount.calls += 1
        return super().mro()
class K(metaclass=Mcount): pass
print(Mcount.calls, K.mro())
