# expect-error: ValueError: negative: -5
# Regression: functions whose only non-straight-line code is `raise X` / `raise X(...)` keep CPython's raise semantics
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(5)), sum(Countdown(4)), [x * 2 for x in Countdown(3)])
it = Countdown(1)
print(next(it), next(it, "done"))


def check(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x * 2


class AppError(Exception):
    def __init__(self, code, *, detail="none"):
        super().__init__(code)
        self.code = code
        self.detail = detail


def check2(x):
    if x > 10:
        raise AppError(x, detail="too big")
    return x


def not_exc(x):
    if x:
        raise 42
    return x


def unbound(x):
    if x:
        raise Missing
    return x


class BadInit(Exception):
    def __init__(self, v):
        raise KeyError(v)


def bad_init(x):
    if x:
        raise BadInit(x)
    return x


for fn, arg in [(check, 3), (check, -2), (check2, 5), (check2, 11), (not_exc, 1), (unbound, 1), (bad_init, 7)]:
    for _ in range(2):
        try:
            print(fn.__name__, fn(arg))
        except AppError as e:
            print(fn.__name__, "AppError", e.code, e.detail, e.__context__)
        except Exception as e:
            print(fn.__name__, type(e).__name__, e, type(e.__context__).__name__)


# raised while the caller handles another exception: the handled one is the context
def handler():
    try:
        {}["k"]
    except KeyError:
        check(-1)


try:
    handler()
except ValueError as e:
    print("context:", type(e.__context__).__name__, e.__context__, e.__suppress_context__)


# a raise inside a function called by a dunder that a builtin calls
class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        if self.v is None or o.v is None:
            raise TypeError("cannot order None")
        return self.v < o.v


try:
    sorted([Key(2), Key(None), Key(1)])
except TypeError as e:
    print("TypeError", e)


# recursion through a guard that raises at the bottom
def down(n):
    if n == 0:
        raise LookupError("bottom")
    return down(n - 1)


try:
    down(50)
except LookupError as e:
    print("LookupError", e)


# the line of a raise whose exception is on the next line: the value's errors there, the raise's own here
def ml_call(x):
    if x:
        raise (
            ValueError(x))
    return x


def ml_name(x):
    if x:
        raise (
            Missing)
    return x


def ml_error(x):
    if x:
        raise (
            int("zz"))
    return x


for fn in (ml_call, ml_name, ml_error):
    try:
        fn(1)
    except Exception as e:
        print(fn.__name__, type(e).__name__, e.__traceback__.tb_next.tb_lineno)


# the uncaught one: traceback through the raising function
def outer():
    return check(-5)


outer()
