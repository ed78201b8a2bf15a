# Memoization stays invisible: changed defaults of a callee, identity of float/tuple results, __code__.
def g(x, k=1):
    t = 0
    for i in range(3):
        t += x * k
    return t
def f(x):
    s = 0
    for i in range(2):
        s += g(x)
    return s
print(f(50), f(50))
g.__defaults__ = (2,)
print(f(50))
def h(n):
    t = 0.0
    for i in range(n):
        t += 1.5
    return (t, n)
a = h(50); b = h(50)
print(a == b, a is b, a[0] is b[0])
def code_demo(a, b=2, *args, c, **kw):
    z = 1
    return z
co = code_demo.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_firstlineno > 0, type(co).__name__)
try:
    g.__defaults__ = 5
except TypeError as e:
    print(e)
