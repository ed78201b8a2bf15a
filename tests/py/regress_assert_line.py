# Regression: an assert whose test has a comparison raises on that comparison's line (CPython 3.11), else on the assert's
x = 0
y = [1]
def f(v):
    return v

def cmp():
    assert (
        x > 1
    )
def cmp_ml():
    assert (
        x
        > 1
    )
def is_():
    assert (
        x is None
    )
def in_():
    assert (
        x in y
    )
def chain():
    assert (
        0 < x < 1
    )
def name():
    assert (
        x
    )
def call():
    assert (
        len(y) > 5
    )
def callonly():
    assert (
        isinstance(x, str)
    )
def not_():
    assert (
        not y
    )
def notcmp():
    assert (
        not x < 1
    )
def and_():
    assert (
        x and y
    )
def andcmp():
    assert (
        x > 1 and y
    )
def or_():
    assert (
        x or 0
    )
def cmpmsg():
    assert (
        x > 1
    ), 'm'
def cmpmsg2():
    assert (
        x > 1
    ), (
      'm')
def attr():
    assert (
        y.__len__() > 3
    )
def sub():
    assert (
        y[0] > 3
    )
def bin():
    assert (
        x + 0
    )
def ifexp():
    assert (
        x if y else 1
    )
def const():
    assert (
        0
    )
def cmp_third():
    assert (
    
        x > 1
    )
def cmp_start():
    assert x > \
       1
def cmp_nl():
    assert (x >
        1)
def or2():
    assert (x > 1 or
        y[0] > 5)
def and3():
    assert (x < 1 and
        y[0] > 5)
def and4():
    assert (
     x > 1 and
        y[0] > 5)
def ifexp1():
    assert (
        (x > 1) if y else
      (x > 2))
def ifexp2():
    assert (
        x if y > [] else
      0)
def ifexp3():
    assert (
        (x > 1) if y > [] else
      0)
def notnot():
    assert not not (
        x > 1)
def walrus():
    assert (
        (z := x) > 1)
def walrus2():
    assert (
        (z := x > 1))
def cmpcall():
    assert f(
        x > 1)
def raise1():
    raise ValueError(
        'x'
    )
def raise2():
    raise (
        ValueError)
def raise3():
    raise ValueError from (
        KeyError())
for fn in (cmp, cmp_ml, is_, in_, chain, name, call, callonly, not_, notcmp, and_, andcmp, or_, cmpmsg, cmpmsg2, attr, sub, bin, ifexp, const, cmp_third, cmp_start, cmp_nl, or2, and3, and4, ifexp1, ifexp2, ifexp3, notnot, walrus, walrus2, cmpcall, raise1, raise2, raise3):
    try:
        fn()
    except Exception as e:
        t = e.__traceback__.tb_next
        print(fn.__name__, type(e).__name__, t.tb_lineno - fn.__code__.co_firstlineno)
