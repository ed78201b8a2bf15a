# Keyword-only and positional-only parameters
def f(a, b, /, c, *, d):
    return a + b + c + d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def g(x, /, y=10, *, z=100):
    return x, y, z
print(g(1), g(1, 2), g(1, z=3), g(1, y=5, z=6))
def h(*, key):
    return key
print(h(key="k"))
def pos(a, b, /):
    return a - b
print(pos(10, 3))
def kw_name_clash(a, /, **kw):
    return a, kw
print(kw_name_clash(1, a=2))
