# Regression: assigning __abstractmethods__ by hand did not make the class abstract
class C:
    def f(self): pass
C.__abstractmethods__ = frozenset({"f"})
for thunk in [lambda: C(), lambda: object.__new__(C), lambda: C(1)]:
    try:
        thunk()
        print("instantiated")
    except TypeError as e:
        print(e)
C.__abstractmethods__ = ["g", "f"]
try:
    C()
except TypeError as e:
    print(e)
class D(C): pass
print(type(D()).__name__)
C.__abstractmethods__ = frozenset()
print(type(C()).__name__)
C.__abstractmethods__ = {"h"}
del C.__abstractmethods__
print(type(C()).__name__)
try:
    del C.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
class E:
    __abstractmethods__ = frozenset({"x"})
print(type(E()).__name__, E.__abstractmethods__)
class F:
    def __init__(self, a): self.a = a
F.__abstractmethods__ = ("z",)
try:
    F(1)
except TypeError as e:
    print(e)
class L(list): pass
L.__abstractmethods__ = frozenset({"f"})
print(L([1]))
