# Regression: super() outside a method or in a *args-only method gave the wrong RuntimeError (CPython: __class__ cell not found / no arguments)
class A:
    def f(self): return "A"
def outside(self): return super().f()
class B(A): pass
B.o = outside
try:
    B().o()
except RuntimeError as e:
    print(e)
class C(A):
    def g(*args): return super().f()
    def h(self, *args): return super().f()
try:
    print(C().g())
except RuntimeError as e:
    print(e)
print(C().h(1, 2))
def noargs(): return super()
try:
    noargs()
except RuntimeError as e:
    print(e)
try:
    super()
except RuntimeError as e:
    print(e)
try:
    class D:
        super()
except RuntimeError as e:
    print(e)
f = lambda x: super()
try:
    f(1)
except RuntimeError as e:
    print(e)
def comp(x): return [super() for _ in range(1)]
try:
    comp(1)
except RuntimeError as e:
    print(e)
s = super
class E(A):
    def f(self): return s()
try:
    E().f()
except RuntimeError as e:
    print(e)
