# Regression: a method call split over lines is reported at the method's name (CPython 3.11), a plain call where it starts
def lines(e):
    t = e.__traceback__
    out = []
    while t is not None:
        out.append(t.tb_lineno)
        t = t.tb_next
    return out
class O:
    def m(self, *a, **k): raise ValueError
    x = None
s = "abc"
o = O()
def t1():
    r = (s
         .upper()
         .index("z"))
def t2():
    r = (o
         .nope)
def t3():
    r = (o
         .m(1,
            2))
def t4():
    r = (o
         .m(k=1))
def t5():
    r = (o
         .m(*[1]))
def t6():
    r = (o.x
         .m())
def t7():
    f = o.m
    r = (f
         (1))
def t8():
    r = o.m(
        1)
def t9():
    r = (o.
         m())
def t10():
    o.x \
        .y = 5
def t11():
    r = (o
         .m)()
def t12():
    r = (o
         .x[0])
def t13():
    r = (o
         .m
         (1))
def t14():
    r = [o
         .nope for i in range(1)]
def t15():
    r = (o
         .x
         .nope)
def t16():
    print(o
          .m(1) + 1)
def t17():
    x = 1 + (o
         .m(1))
def t18():
    x = (len
         (5))
def t19():
    x = (o.m(1) if o
         else 2)
def u1():
    r = (o
         .nope())
def u2():
    r = (undefined_zz
         .m())
def u3():
    r = (o.x
         .nope())
def u4():
    r = (o
         .m(undefined_q))
def u5():
    r = (o
         .m(1)
         .m(2))
def f(*a):
    raise ValueError
def v1():
    r = (-
         f)()
def v2():
    r = (f
         )(1)
for fn in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19, u1, u2, u3, u4, u5, v1, v2):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, lines(e)[1:])
