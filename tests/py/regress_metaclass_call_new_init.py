# Regression: metaclass __call__ gets keywords; __new__ returning a subclass instance runs its __init__; exact type skips __instancecheck__; type() classes take the caller's module
class M(type):
    def __call__(cls, *a, **kw):
        print("call", a, kw)
        return super().__call__(*a, **kw)
class A(metaclass=M):
    def __init__(self, p=0, q=0):
        print("init", p, q)
A(1, q=5)
A(q=7)
class Base:
    def __new__(cls):
        return super().__new__(Sub)
    def __init__(self): print("Base.__init__")
class Sub(Base):
    def __init__(self): print("Sub.__init__")
Base()
class Other:
    def __init__(self): print("never")
class W:
    def __new__(cls): return Other.__new__(Other)
    def __init__(self): print("W init never")
print(type(W()).__name__)
class MI(type):
    def __instancecheck__(cls, o): return False
class C(metaclass=MI): pass
print(isinstance(C(), C), isinstance(3, C))
M3 = type("M3", (), {})
print(M3, M3.__module__)
class Meta(type): pass
class AA(metaclass=Meta): pass
print(type(type('BB', (AA,), {})).__name__)
