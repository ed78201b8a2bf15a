# Positional calls that fill defaults and carry free variables (the VM inline call path).
def f(a, b=2, c=3):
    return a + b * 10 + c * 100
print(f(1), f(1, 5), f(1, 5, 7))
try: f()
except TypeError as e: print(e)
try: f(1,2,3,4)
except TypeError as e: print(e)
def mk(k):
    def g(x, y=k):
        return x + y + k
    return g
g = mk(5)
print(g(1), g(1, 2), [g(i) for i in range(3)])
class A:
    def m(self, x, y=10):
        return x + y
a = A()
print(a.m(1), a.m(1, 2))
try: a.m()
except TypeError as e: print(e)
adders = [lambda x, k=k: x + k for k in range(3)]
print([ad(10) for ad in adders])
def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc + n)
print(rec(100))
