# super() method calls (plain functions, classmethods, staticmethods, properties, missing names).
class A:
    def f(self, x): return ("A", x)
    @classmethod
    def c(cls): return ("Ac", cls.__name__)
    @staticmethod
    def st(v): return ("As", v)
    @property
    def p(self): return "Ap"
class B(A):
    def f(self, x): return ("B",) + super().f(x)
    @classmethod
    def c(cls): return ("Bc",) + super().c()
    def st2(self): return super().st(3)
    def pp(self): return super().p
class C(B):
    def f(self, x): return ("C",) + super().f(x)
print(C().f(1), B.c(), C.c(), B().st2())
try:
    B().pp()
except AttributeError as e:
    print("AE", e)
class D(A):
    def g(self): return super().missing()
try:
    D().g()
except AttributeError as e:
    print(e)
