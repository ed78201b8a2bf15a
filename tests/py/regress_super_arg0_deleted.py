# Regression: super() with its first argument deleted raises RuntimeError 'super(): arg[0] deleted'
class A:
    def f(self): return "A.f"
class B(A):
    def f(self):
        del self
        return super().f()
    def g(self):
        h = lambda: self
        del self
        return super().f()
    def k(self):
        self = 5
        return super().f()
    def m(*args):
        return super().f()
    def n(self):
        h = lambda: self
        return super().f(), h() is self
for name in "fgkmn":
    try:
        print(name, getattr(B(), name)())
    except (RuntimeError, TypeError) as e:
        print(name, type(e).__name__, e)
