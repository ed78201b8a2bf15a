# Regression: zero-argument super() with the global super rebound to a function passed it (__class__, self) instead of no arguments
_super = super

def super(*args):
    print('wrapper got', len(args), 'args')
    return _super(*args)

class A:
    def f(self): return 'A.f'

class B(A):
    def f(self): return super().f()
    def g(self):
        s = super()
        return s

try:
    print(B().f())
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    B().g()
except RuntimeError as e:
    print('RuntimeError:', e)

# a subclass of super in its place still finds the method's class and self
class MySuper(_super):
    pass

super = MySuper
print(B().f(), type(B().g()).__name__)

# a local or parameter named super is called the same way
class C(A):
    def f(self, super=_super):
        return super().f()
    def h(self, super=lambda *a: len(a)):
        return super()
print(C().f(), C().h())

del super
print(B().f())
