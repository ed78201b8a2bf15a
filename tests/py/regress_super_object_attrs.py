# Regression: super objects lacked __thisclass__/__self__/__self_class__; assigning through super gave the wrong AttributeError
class A:
    @property
    def x(self): return 1
    def m(self): return "m"
class B(A): pass
b = B()
try:
    super(B, b).x = 3
except AttributeError as e: print(e)
try:
    super(B, b).m = 3
except AttributeError as e: print(e)
try:
    super(B, b).__thisclass__ = 3
except AttributeError as e: print(e)
try:
    super(B, b).__self__ = 3
except AttributeError as e: print(e)
try:
    super(B, b).zz = 3
except AttributeError as e: print(e)
try:
    del super(B, b).x
except AttributeError as e: print(e)
try:
    del super(B, b).zz
except AttributeError as e: print(e)
s = super(B, b)
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__, s.__class__.__name__)
u = super(B)
print(u.__thisclass__.__name__, u.__self__, u.__self_class__)
c = super(B, B)
print(c.__thisclass__.__name__, c.__self__.__name__, c.__self_class__.__name__)
class C(B):
    def who(self):
        s = super()
        return s.__thisclass__.__name__, s.__self__ is self, s.__self_class__.__name__, s.x, s.m()
print(C().who())
print(hasattr(s, "__self__"), getattr(s, "__self_class__").__name__)
