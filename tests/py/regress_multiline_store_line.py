# Regression: a failing store into a subscript or attribute whose value spans lines reported the value's line; CPython reports the target's (an attribute's at its name), and an augmented assignment's operator at the statement's first line
def line(e):
    tb = e.__traceback__
    while tb.tb_next: tb = tb.tb_next
    return tb.tb_lineno
def t(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, line(e))
def a():
    t = (1,)
    t[0] = (
        5)
t("store subscr", a)
def b():
    o = 1
    o.x = (
        5)
t("store attr", b)
def c():
    t = (1,)
    t[0] += (
        5)
t("aug subscr", c)
def d():
    o = 1
    o.real += (
        5)
t("aug attr", d)
def e():
    t = (1,)
    t[
      0] = 5
t("store subscr multiline target", e)
def f():
    t = (1,)
    x = 3
    t[0] = (x +
        5)
t("store subscr binop value", f)
def g():
    t = (1,)
    x = 3
    t[0] = (x,
        y)
    y = 1
t("unbound in value", g)
def h():
    t = (1,)
    x = 3
    t[x] = 5
t("store subscr oob", h)
def i():
    x = 3
    t = [1]
    t[x
     ] = 5
t("store list oob", i)
def j():
    o = 1
    (o
     .x) = 5
t("store attr multi", j)
def k():
    x = 1
    y = (x,
         x, zz)
t("tuple", k)
def l():
    x = 1
    y = [x,
         x, x, q]
    q = 1
t("list unbound", l)
def m():
    z = 1
    def inner():
        return (1,
             z)
    del z
    inner()
t("deref", m)
def n():
    a = 1
    b = a + \
        c
    c = 1
t("binop local unbound", n)
def o():
    print("x",
          qq)
    qq = 1
t("call arg local", o)
def p():
    s = "a"
    s.upper(1,
       qq)
    qq = 1
t("method arg local", p)
def q():
    a = 1
    a = (a,
         r)
    r = 1
t("store fast", q)
def r():
    a = 1
    return (a,
         rr)
    rr = 1
t("return", r)
def s():
    a = 1
    if (a and
       ss):
        pass
    ss = 1
t("cond", s)
def u():
    a = 1
    b = 2
    a, b = (b,
       uu)
    uu = 1
t("pstore", u)
def v():
    a = 1
    b = len(a,
       vv)
    vv = 1
t("bcall", v)
def w():
    a = []
    a[0] = (
        5)
t("store list", w)
class C2: pass
def a():
    o = C2(); o.v = 1
    (o
     .v) += "s"
t("aug attr op", a)
def b():
    o = [1]
    (o
     [0]) += "s"
t("aug subscr op", b)
def c():
    x = 1
    (x
     ) += "s"
t("aug name op", c)
def d():
    o = C2()
    (o
     .nope) += 1
t("aug attr load", d)
def e():
    o = C2(); o.v = 1
    o.v += (
      "s")
t("aug attr op2", e)
def f():
    o = [1]
    o[0] += (
      "s")
t("aug subscr op2", f)
def g():
    o = [1]
    o[
      5] += 1
t("aug subscr load", g)
def attr_a():
    o = 1
    (o
     .x) = 5
t("store attr multi", attr_a)
def attr_b():
    o = 1
    del (o
     .x)
t("del attr multi", attr_b)
def attr_c():
    o = 1
    (o
     .real) += 5
t("aug attr multi", attr_c)
def attr_d():
    o = 1
    x = 2
    (o
     .real) = (x +
       5)
t("store attr multi value", attr_d)
def attr_e():
    o = 1
    (o
     .real), y = 5, 6
t("unpack attr", attr_e)
def attr_f():
    o = 1
    for (o
     .real) in [1]: pass
t("for attr", attr_f)
