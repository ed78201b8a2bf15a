# Regression: classmethod chaining (3.11/3.12): a wrapped descriptor's __get__(cls, cls), @classmethod @classmethod, classmethod of staticmethod or property; bound method repr of a builtin or callable object
class D:
    def __get__(self, obj, cls):
        return ('desc', obj, cls.__name__)
class A:
    d = classmethod(D())
    @classmethod
    @property
    def p(cls): return 'prop of ' + cls.__name__
    @classmethod
    @classmethod
    def cc(cls): return cls.__name__
    s = classmethod(staticmethod(lambda *a: a))
    ln = classmethod(len)
class B(A):
    @classmethod
    def cc2(cls): return super().cc()
print(A.d, A().d, B.d)
print(A.p, B().p, B.p)
print(A.cc(), B.cc(), B().cc(), B.cc2())
print(A.s(), A().s(1))
print(A.ln, B().ln)
print(A.__dict__['d'].__get__(None, B), A.__dict__['cc'].__get__(B())())
class CM(classmethod): pass
cm = CM.__new__(CM)
try: cm.__get__(None, A)
except RuntimeError as e: print("RuntimeError:", e)
class Call:
    def __call__(self, *a): return a
class E:
    c = classmethod(Call())
print(repr(E.c).split(' of ')[0], E.c())
class Named:
    __qualname__ = 'QN'
    def __call__(self, *a): return a
class F:
    c = classmethod(Named())
print(repr(F.c).split(' at ')[0])
