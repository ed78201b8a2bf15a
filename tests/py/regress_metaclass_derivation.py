# Regression: the metaclass is derived from the bases (also for 3-argument type()) and conflicts raise
class M(type): pass
class A(metaclass=M): pass
class M2(type): pass
class X(metaclass=M2): pass
try:
    class Z(A, X): pass
except TypeError as e: print(e)
try:
    type("Z", (A, X), {})
except TypeError as e: print(e)
class MM(M): pass
class Q(A, metaclass=MM): pass
print(type(Q).__name__)
class R(A, metaclass=type): pass
print(type(R).__name__)
def mk():
    return type("Loc", (), {"v": 1})
L = mk()
print(L.__module__, L.__qualname__, L().v)
