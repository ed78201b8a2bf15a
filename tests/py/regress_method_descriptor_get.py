# Regression: a builtin type's method kept in an unrelated class was bound to its instances without the descriptor's receiver check
def attempt(f):
    try:
        r = f()
        print("ok", r if not callable(r) else type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)

class A:
    up = str.upper
    ln = list.__len__
    ap = list.append
    wt = BaseException.with_traceback
    rp = object.__repr__
    n = int.__new__

class L(list):
    ap2 = list.append
    up = str.upper

class M(type):
    up = str.upper

class C(metaclass=M):
    pass

a = A()
attempt(lambda: a.up)
attempt(lambda: a.ln)
attempt(lambda: a.ap)
attempt(lambda: a.wt)
attempt(lambda: getattr(a, "up"))
attempt(lambda: hasattr(a, "up"))
attempt(lambda: a.up())
attempt(lambda: [a.up for _ in range(3)])
attempt(lambda: C.up)
attempt(lambda: A.up("x"))
attempt(lambda: L([1]).ap2)
attempt(lambda: L([1]).up)
attempt(lambda: a.rp().startswith("<"))
# a builtin type's __new__ is not bound to the instance it is read through
attempt(lambda: a.n)
attempt(lambda: a.n(int, 5))
f = a.n
attempt(lambda: f(int, "12"))
x = L([1])
x.ap2(2)
print(x, str.upper.__get__("ab")())
