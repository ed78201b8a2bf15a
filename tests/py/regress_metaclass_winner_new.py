# Regression: calling a base metaclass (or type) with a base whose metaclass derives from it runs the most derived metaclass's __new__
class M1(type):
    pass
class Sub(M1):
    def __new__(m, n, b, ns, **kw):
        print("Sub.__new__", m.__name__, n, kw)
        return super().__new__(m, n, b, ns)
    def __init__(cls, n, b, ns, **kw):
        print("Sub.__init__", n)
class D(metaclass=Sub):
    pass
F = M1('F', (D,), {})
print(type(F).__name__, F.__bases__)
E = type('E', (D,), {})
print(type(E).__name__)
G = type.__new__(M1, 'G', (D,), {})
print(type(G).__name__)
class Plain(M1):
    pass
class P(metaclass=Plain):
    pass
Q = M1('Q', (P,), {})
print(type(Q).__name__)
class M2(type):
    pass
try:
    M2('H', (D,), {})
except TypeError as e:
    print("TypeError:", e)
