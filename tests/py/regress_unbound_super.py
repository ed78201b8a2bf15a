# Regression: an unbound super(B) finds nothing along the MRO; super(B).__get__(obj) binds it, also as a class attribute
class A:
    x = 'A.x'
    def m(self):
        return 'A.m'
class B(A):
    def m(self):
        return 'B.m'
s = super(B)
for f in (lambda: s.m, lambda: s.x, lambda: s.m()):
    try:
        print(f())
    except AttributeError as e:
        print("AttributeError:", e)
print(s.__thisclass__, s.__self__, s.__self_class__, s.__class__)
b = B()
bs = s.__get__(b)
print(bs.m(), bs.x, bs.__self__ is b, bs.__self_class__)
print(s.__get__(None, B) is s, bs.__get__(A()) is bs, super(B, b).__get__(b).m())
print(super(B).__get__(B, None).m(b), super(B).__get__(B).__self_class__)
try:
    s.__get__(5)
except TypeError as e:
    print("TypeError:", e)
class C(B):
    sup = super(B)
    def go(self):
        return self.sup.m()
print(C().go(), C.sup is C.__dict__['sup'])
class MySuper(super):
    pass
ms = MySuper(B).__get__(b)
print(type(ms).__name__, ms.m())
