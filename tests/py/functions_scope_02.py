# scoping corner cases
x = "global"
class C:
    x = "class"
    def m(self): return x
    y = [x for _ in range(1)]
    z = (lambda: x)()
print(C().m(), C.y, C.z)
def f():
    x = "enclosing"
    class D:
        print(x)
        x = "class-local"
        print(x)
    return D
f()
def g():
    x = "enclosing"
    class D:
        nonlocal_val = x
    return D.nonlocal_val
print(g())
def h():
    v = 1
    def inner():
        nonlocal v
        v += 1
        def inner2():
            nonlocal v
            v *= 10
        inner2()
    inner(); inner()
    return v
print(h())
def counter():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return incr, reset
inc, rst = counter()
print(inc(), inc(), rst(), inc())
def k():
    global newglobal
    newglobal = "created"
k()
print(newglobal)
def shadow_builtin():
    len = lambda s: -1
    return len("abc")
print(shadow_builtin(), len("abc"))
def use_del():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(use_del())
def cl():
    items = []
    for i in range(3):
        def show(): return i
        items.append(show)
    i = 99
    return [fn() for fn in items]
print(cl())
def loop_var_leak():
    for q in range(3): pass
    return q
print(loop_var_leak())
def comp_no_leak():
    [w for w in range(3)]
    try:
        return w
    except NameError as e:
        return str(e)
print(comp_no_leak())
def exc_var_cleared():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except NameError as e:
        return "NameError: " + str(e)
print(exc_var_cleared())
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
y = 1
def read_then_global():
    return y + 1
print(read_then_global())
def unbound():
    try:
        y += 1
    except UnboundLocalError as e:
        return str(e)
print(unbound())
