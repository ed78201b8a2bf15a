# Regression: __traceback__ and __suppress_context__ accepted any value, with_traceback() ignored its argument, and tb_frame was None
def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__ + ":", e)
e = ValueError()
def s(n, v):
    def f():
        setattr(e, n, v)
        return getattr(e, n)
    return f
t(s("__suppress_context__", 1))
t(s("__suppress_context__", True))
t(s("__suppress_context__", None))
t(s("__traceback__", 5))
t(s("__traceback__", None))
t(s("__cause__", 5))
t(s("__context__", 5))
t(lambda: e.with_traceback(5))
for name in ["__traceback__", "__cause__", "__context__", "__suppress_context__", "args"]:
    t(lambda: delattr(e, name))

v = ValueError("v")
try:
    raise v
except ValueError as x:
    tb = x.__traceback__
print(v.with_traceback(None) is v, v.__traceback__)
v.__traceback__ = tb
print(v.__traceback__.tb_lineno, v.__traceback__.tb_frame.f_code.co_name)
print(v.with_traceback(tb).__traceback__.tb_lineno)

def f():
    raise ValueError("inner")
def g():
    f()
try:
    g()
except ValueError as x:
    tb = x.__traceback__
    print(tb.tb_frame is tb.tb_frame, type(tb.tb_frame).__name__)
    while tb is not None:
        fr = tb.tb_frame
        print(fr.f_code.co_name, tb.tb_lineno, fr.f_code.co_filename == __file__ if "__file__" in globals() else True)
        tb = tb.tb_next
    inner = x.__traceback__.tb_next.tb_next.tb_frame
    print(inner.f_lineno, inner.f_code.co_name)

# raise e.with_traceback(None) starts the traceback afresh
def h():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise z.with_traceback(None)
try:
    h()
except ZeroDivisionError as z:
    tb = z.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)

# a bare raise keeps the traceback as it was
def k():
    try:
        {}["a"]
    except KeyError:
        raise
try:
    k()
except KeyError as z:
    tb = z.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
