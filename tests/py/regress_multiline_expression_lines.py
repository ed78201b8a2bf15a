# Regression: an error in a multi-line expression reported the line of the fused instruction (or of the operator token) instead of CPython's: where the failing sub-expression starts
def lines(e):
    tb = e.__traceback__
    out = []
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
d = {}
def inl(a, b):
    return (a +
            b[5])
def gen():
    x = [1]
    yield (x[0] +
           x[9])
class A:
    @property
    def p(self):
        raise KeyError("prop")
for case in range(8):
    try:
        if case == 0:
            print(
                d["k"],
            )
        elif case == 1:
            y = [
                1,
                2 / 0,
            ]
        elif case == 2:
            inl(1, [2])
        elif case == 3:
            next(gen())
        elif case == 4:
            a = A()
            v = (1 +
                 a
                 .p)
        elif case == 5:
            q = [1, 2]
            q[0] = (q[1] *
                    q[7])
        elif case == 6:
            r = 0
            for i in range(3):
                r += (i +
                      [][i])
        elif case == 7:
            s = 1.5
            t = (s * 2.0 +
                 s / 0.0)
    except Exception as e:
        print(case, type(e).__name__, lines(e))
def f(n):
    total = 0.0
    for i in range(n):
        total += (i * 0.5 +
                  i / 2.0)
    return total
print(f(1000))
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, lines(e)[1:])
def m1():
    x = (1
         / 0)
def m2():
    a = [1]
    return (a
            [5])
def m3():
    return (1 <
            2 <
            "a")
def m4():
    x = None
    return (x
            .foo
            .bar)
def m5():
    a = 1
    return {"k":
            a / 0}
def g():
    return [1]
def m6():
    return g()[0] + \
        g()[1]
def m7():
    a, b = 1, "s"
    c = (a
         + b)
for fn in [m1, m2, m3, m4, m5, m6, m7]:
    show(fn)
