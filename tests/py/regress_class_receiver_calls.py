# Static methods called through their class (C.f(x)) run inline; class methods and plain functions reached through a class as before.
class C:
    k = 10
    @staticmethod
    def f(x, y=1):
        return x + y
    @classmethod
    def g(cls, x):
        return x * cls.k
    def plain(a, b):
        return a - b
    @staticmethod
    def boom(x):
        return 1 // x
    @staticmethod
    def rec(n):
        return 0 if n == 0 else 1 + C.rec(n - 1)
class D(C):
    k = 3
t = 0
for i in range(100):
    t += C.f(i) + C.f(i, 5) + C.g(i) + D.g(i) + C.plain(i, 1) + C.rec(5)
print(t)
c = C()
print(c.f(1), c.g(2), D().g(2))
try:
    C.boom(0)
except ZeroDivisionError as e:
    print("zde", e)
try:
    C.f()
except TypeError as e:
    print(e)
try:
    C.plain(1)
except TypeError as e:
    print(e)
import_ = None
def pure(x):
    return x * 2
class E:
    p = staticmethod(pure)
print(sum(E.p(i) for i in range(10)), [E.p(3) for _ in range(3)])
# static methods whose body has a loop run in a frame of their own (defaults filled, errors placed)
class L:
    @staticmethod
    def total(n, start=100):
        t = start
        for i in range(n):
            t += i
        return t
    @staticmethod
    def fail(n):
        for i in range(n):
            if i == 2:
                raise ValueError(f"at {i}")
print(L.total(5), L.total(5, 0), [L.total(k) for k in range(3)], L().total(3))
try:
    L.fail(5)
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
