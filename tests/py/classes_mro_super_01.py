# MRO, super, multiple inheritance
class A:
    def hello(self): return ["A"]
    def __init__(self):
        print("A.__init__")
        super().__init__()
class B(A):
    def hello(self): return ["B"] + super().hello()
    def __init__(self):
        print("B.__init__")
        super().__init__()
class C(A):
    def hello(self): return ["C"] + super().hello()
    def __init__(self):
        print("C.__init__")
        super().__init__()
class D(B, C):
    def hello(self): return ["D"] + super().hello()
    def __init__(self):
        print("D.__init__")
        super().__init__()
d = D()
print(d.hello())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), D.__base__ is B, A.__bases__ == (object,))
print(super(B, d).hello())
print(super(C, d).hello())
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad3(object, X): pass
except TypeError as e:
    print(e)
# classic diamond example from Python docs
class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class C2(DD, F): pass
class B2(DD, E): pass
class A2(B2, C2): pass
print(" ".join(k.__name__ for k in A2.__mro__))
# super with explicit args in classmethod & unbound
class P:
    def m(self): return "P.m"
    @classmethod
    def c(cls): return "P.c:" + cls.__name__
class Q(P):
    def m(self): return "Q.m/" + super(Q, self).m()
    @classmethod
    def c(cls): return "Q.c/" + super(Q, cls).c()
print(Q().m(), Q.c())
print(super(Q, Q()).m(), super(Q, Q).c())
s = super(Q, Q())
print(type(s).__name__)
# super() attribute missing
class R(P):
    def go(self):
        return super().nothing
try:
    R().go()
except AttributeError as e:
    print(e)
# mixins with cooperative kwargs
class Base:
    def __init__(self, **kw):
        self.extra = kw
class NameMixin(Base):
    def __init__(self, name=None, **kw):
        self.name = name
        super().__init__(**kw)
class AgeMixin(Base):
    def __init__(self, age=0, **kw):
        self.age = age
        super().__init__(**kw)
class Person(NameMixin, AgeMixin):
    pass
p = Person(name="Bo", age=4, hair="red")
print(p.name, p.age, p.extra)
print(isinstance(p, Base), issubclass(Person, AgeMixin), issubclass(AgeMixin, NameMixin))
