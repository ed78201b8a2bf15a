# Regression: locals() listed cell parameters and cells last (CPython: parameters in order, a cell one in its place, then locals, then the other cells sorted, then free variables sorted); co_cellvars, co_freevars and __closure__ were in first-use order
def f(a, b, *args, c, **kw):
    z = 0
    def g(): return a + y + x + c
    y = 1
    x = 2
    w = 3
    print(list(locals()))
    return g
g = f(1, 2, c=3)
print(f.__code__.co_varnames, f.__code__.co_cellvars)
print(g.__code__.co_freevars, [c.cell_contents for c in g.__closure__])

def outer(p):
    zz = 1
    aa = 2
    def inner(q):
        t = 1
        s = zz + aa + p
        def inner2(): return t + q
        print(list(locals()))
        return inner2
    return inner
i = outer(10)
print(i.__code__.co_varnames, i.__code__.co_cellvars, i.__code__.co_freevars)
print(outer.__code__.co_cellvars, [c.cell_contents for c in i.__closure__])
i(5)

def h(p, q):
    def inner(): return q
    r = p
    print(list(locals()), [v for v in locals().values() if not callable(v)])
h(1, 2)

def order(b, a, *c, d, **e):
    z = 1
    def g(): return a, b, c, d, e, z
    return g
print(order.__code__.co_cellvars, order(1, 2, d=1).__code__.co_freevars)

def log_args(fn):
    names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
    def wrapper(*args, **kw):
        bound = dict(zip(names, args)); bound.update(kw)
        return ", ".join(f"{k}={v!r}" for k, v in bound.items())
    return wrapper
@log_args
def area(width, height, unit="m"):
    return lambda: width * height
print(area(3, 4), "|", area(2, height=5, unit="cm"))

def fmt(name, n):
    total = n * 2
    show = lambda: f"{name}:{total}"
    return "{name}/{n}/{total}".format(**locals()), list(locals())
print(fmt("x", 4))

class C:
    def m(self):
        v = 1
        super()
        return list(locals())
print(C().m())
