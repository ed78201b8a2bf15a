# Regression: a name that is undefined or unbound on a continuation line of a multi-line expression (call arguments, displays, operands, backslash continuations) reported the expression's first line instead of the name's own
def line(e):
    tb = e.__traceback__
    while tb.tb_next: tb = tb.tb_next
    return tb.tb_lineno
def t(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, line(e))
class C:
    def m(self, *a): return a
def a():
    c = C()
    x = 1
    return c.m(x,
               x, nope1)
t("method global", a)
def b():
    c = C()
    x = 1
    return c.m(x,
               x, loc)
    loc = 1
t("method local", b)
def c():
    x = 1
    y = [x, x + 1,
         x * 2, nope2]
t("push list", c)
def d():
    x = 1
    print(x, x + 1, (x,
        nope3), end="")
t("kw call", d)
def e():
    x = 1
    y = (x + 1) * (x +
                   nope4)
t("binop rhs", e)
def f():
    x = 1
    y = x + x + x + \
        nope5 + x
t("chain", f)
def g():
    return [(i,
             nope6) for i in range(2)]
t("comprehension", g)
def h():
    fn = lambda: (1,
                  nope7)
    fn()
t("lambda", h)
def i():
    x = 1
    y = {x: x,
         x + 1: nope8}
t("dict", i)
def j():
    x = [1]
    x[0] = x[0] + (
        nope9)
t("store subscr value name", j)
def k():
    x = 1
    y = 2
    z = 3
    w = (x,
         y,
         nope10)
t("tuple 3", k)
def l():
    x = 1
    if x == 1 and \
       nope11:
        pass
t("and cond", l)
def m():
    x = 1
    while x < 3 and \
       nope12:
        x += 1
t("while cond", m)
def n():
    x = 1
    assert x, (x,
               nope13)
    assert not x, (x,
               nope13)
t("assert msg", n)
def o():
    x = 1
    y = 1 if False else (x,
   nope14)
t("ifexp", o)
def p():
    global G
    G = (1,
         nope15)
t("store global", p)
def q():
    x = 1
    def inner():
        nonlocal x
        x = (x,
             nope16)
    inner()
t("store deref", q)
def r():
    x = 1
    x += (x +
          nope17)
t("aug fast", r)
def s():
    x = 1
    return len((x,
              nope18))
t("bcall arg", s)
def u():
    x = 1
    return -(x +
             nope19)
t("unary", u)
def v():
    x = 1
    return x.real, (
        nope20)
t("return tuple", v)
def w():
    x = 1
    yield (x,
           nope21)
t("gen", lambda: next(w()))
G2 = 1
def z():
    return G2 + \
        nope22
t("backslash global", z)
def zz():
    x = 1
    print(1,
          x, nope23, end="")
t("print kw", zz)
