# Regression: an exception's __traceback__ is one object (grown with new heads as it unwinds), not rebuilt on each access
def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
inner = None
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        global inner
        inner = e.__traceback__
        print("in f", lines(inner), e.__traceback__ is inner)
        raise
def g():
    f()
try:
    g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(lines(tb), tb is e.__traceback__, tb.tb_next.tb_next is inner)
    saved = e
try:
    raise saved
except ZeroDivisionError as e:
    print(lines(e.__traceback__), e.__traceback__.tb_next is tb)
e = ValueError()
print(e.__traceback__)
try:
    raise e
except ValueError:
    t1 = e.__traceback__
e2 = ValueError().with_traceback(t1)
print(e2.__traceback__ is t1)
try:
    raise e2
except ValueError:
    print(e2.__traceback__.tb_next is t1, lines(e2.__traceback__))
e2.__traceback__ = None
print(e2.__traceback__)
e2.__traceback__ = t1
print(e2.__traceback__ is t1)
def gen():
    try:
        yield 1
    except KeyError as k:
        global gtb
        gtb = k.__traceback__
        raise
it = gen()
next(it)
try:
    it.throw(KeyError("x"))
except KeyError as k:
    print(lines(k.__traceback__), k.__traceback__.tb_next is gtb, lines(gtb))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__ is e.__traceback__)
    t = e.__traceback__
    print(t.tb_next is t.tb_next)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit", ev.__traceback__ is tb, lines(tb))
        return True
def boom():
    raise ValueError("x")
with CM():
    boom()
