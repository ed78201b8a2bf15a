# Calls with `*args` and `**kwargs` of plain functions (positional parameters with defaults): the
# arguments are bound straight into the callee's locals, for straight-line bodies and for bodies
# that run in a frame. Every binding error keeps CPython's message, the caller's dict and tuple
# are left alone, and the wrappers that build `*args` tuples of one to four items give the items.
# Functions taking `*args` called positionally enter their frame directly: the rest tuple, its
# parameters before it, too few arguments, closures, and what still takes the generic path.


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def inline(a, b=2, c=3):
    return (a, b, c)


def framed(a, b=2, c=3):
    t = []
    for x in (a, b, c):
        t.append(x)
    return tuple(t)


def posonly(a, /, b=5):
    return (a, b)


def noparams():
    return "none"


for fn in (inline, framed):
    print(fn.__name__)
    print(fn(*(1,)), fn(*[1, 9]), fn(*(1, 2, 7)))
    print(fn(*(1,), **{"c": 30}), fn(*(), **{"a": 4, "b": 5}), fn(**{"c": 6, "a": 7}))
    print(fn(*(1,), **{}), fn(*[], **{"a": 0}))
    d = {"b": 8, "c": 9}
    t = (1,)
    print(fn(*t, **d), d, t)
    for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((1,), {"a": 2}), ((1,), {"d": 2}),
                     ((1, 2, 3), {"c": 1}), ((), {"b": 1}), ((1,), {1: 2})]:
        try:
            fn(*args, **kw)
        except TypeError as e:
            print("TypeError:", e)

print(posonly(*(1,)), posonly(*(1,), **{"b": 2}))
try:
    posonly(**{"a": 1})
except TypeError as e:
    print("TypeError:", e)
print(noparams(*()), noparams(**{}))
try:
    noparams(*(1,))
except TypeError as e:
    print("TypeError:", e)
try:
    noparams(**{"x": 1})
except TypeError as e:
    print("TypeError:", e)


# wrappers: `*args` tuples of several sizes, keywords passed through
def wrap(f):
    def w(*args, **kwargs):
        return f(*args, **kwargs)
    return w


def collect(*args):
    return args


wc = wrap(collect)
print(wc(), wc(1), wc(1, 2), wc(1, 2, 3), wc(1, 2, 3, 4), wc(*range(7)))
wi = wrap(inline)
print(wi(1), wi(1, c=5), wi(b=1, a=2), wi(1, 2, 3))
wf = wrap(framed)
total = 0
for i in range(3000):
    total += wf(i, c=i)[2] + wi(i)[0]
print(total)


def mixed(a, *rest, k=1, **kw):
    return (a, rest, k, sorted(kw.items()))


print(mixed(*(1, 2, 3), **{"k": 4, "z": 5}), wrap(mixed)(0, y=1))


# errors raised in the callee and in a re-entrant call keep their lines
def boom(a, b=0):
    return a // b


def deep(n):
    if n == 0:
        return boom(*(1,))
    return deep(*(n - 1,))


try:
    deep(*(3,))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, lines(e))


def down(n):
    return down(*(n + 1,), **{})


try:
    down(0)
except RecursionError as e:
    print("RecursionError")


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, d=0):
        return self.v + d


b = Box(5)
print(Box.get(*(b,)), Box.get(*(b,), **{"d": 2}), b.get(*(), **{"d": 1}))


def gen(a, b=1):
    yield a
    yield b


print(list(gen(*(7,), **{"b": 8})))


def rest(a, b, *more):
    return (a, b, more)


print(rest(1, 2), rest(1, 2, 3), rest(*range(6)), rest(1, *[2, 3, 4]))
for args in [(), (1,)]:
    try:
        rest(*args)
    except TypeError as e:
        print("TypeError:", e)


def outer(n):
    def inner(*xs):
        return n + len(xs)
    return inner


inn = outer(10)
print(inn(), inn(1), inn(1, 2, 3), sum(inn(i, i) for i in range(100)))


def captured(*xs):
    return lambda: xs


def kwonly_too(*xs, k=5):
    return (xs, k)


def gen_rest(*xs):
    yield from xs


print(captured(1, 2)(), kwonly_too(1, 2), list(gen_rest(1, 2, 3)))


def counted_rec(n, *acc):
    if n == 0:
        return len(acc)
    return counted_rec(n - 1, n, *acc)


print(counted_rec(50))


def loop_rest(*xs):
    return loop_rest(*xs, 1)


try:
    loop_rest()
except RecursionError:
    print("RecursionError")


def fails(*xs):
    return xs[5]


try:
    fails(1, 2)
except IndexError as e:
    print("IndexError:", e, lines(e))


def down_rest(n, *r):
    return down_rest(n + 1, n, n)


try:
    down_rest(0)
except RecursionError:
    print("RecursionError, positional")
