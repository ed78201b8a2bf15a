# Regression: *args parameters collect the extra positionals, with and without self
class C:
    def m(*a): return a
    def n(self, *a): return self is not None, a
    def o(self, x, *a, k=1, **kw): return x, a, k, kw
c = C()
print(len(c.m()), len(c.m(1, 2)), c.n(), c.n(1), c.o(1), c.o(1, 2, 3, k=4, z=5), C.m(1, 2))
def f(a, *r): return a, r
print(f(1), f(1, 2, 3), f(*[1, 2]), f(1, *[2, 3], 4))
