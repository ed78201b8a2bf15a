# closures and nonlocal
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get(): return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), len(inc.__closure__))
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def late_binding():
    fs = []
    for i in range(3):
        def f(): return i * 10
        fs.append(f)
    i = 100
    return [f() for f in fs]
print(late_binding())
def cell_after_def():
    def g(): return y
    y = 5
    return g()
print(cell_after_def())
def unbound():
    def g(): return z
    r = None
    try:
        g()
    except NameError as e:
        r = str(e)
    z = 1
    return r
print(unbound())
def shadow():
    v = 1
    def f():
        v = 2
        return v
    return f(), v
print(shadow())
x = "global"
def read_global():
    return x
def local_before_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
print(read_global()); local_before_assign()
def gl():
    global x
    x = "rebound"
gl(); print(x)
def acc_factory():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a1, a2 = acc_factory(), acc_factory()
print(a1(1), a1(2), a2(10), a1(3))
def nonlocal_loop():
    n = 0
    def bump():
        nonlocal n
        n += 1
    for _ in range(5): bump()
    return n
print(nonlocal_loop())
def closure_in_class():
    val = 7
    class K:
        attr = val
        def m(self): return val * 2
    return K.attr, K().m()
print(closure_in_class())
def gen_closure():
    k = 3
    return (i * k for i in range(3))
print(list(gen_closure()))
print(make_counter.__code__.co_freevars if hasattr(make_counter, "__code__") else "", inc.__code__.co_freevars)
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                nonlocal a, b
                a += 100; b += 100
                return a + b + c
            return l3()
        return l2(), b
    return l1(), a
print(deep())
compose = lambda *fs: (lambda x: [x := f(x) for f in fs][-1])
print(compose(lambda v: v + 1, lambda v: v * 10)(4))
