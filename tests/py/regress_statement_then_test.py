# A statement right before an `if` or a `while` test runs in the test's instruction: the
# statement's effects come first, and an error in either part is reported at its own line (the
# nqueens-shaped loop, `d = row - k` then `if ...: break`, is in regress_loop_breaks).


def last_line(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def countdown(n):
    steps = []
    while n > 0:
        steps.append(n)
        n -= 2
        if n == 3:
            continue
        m = n * 2
        if m > 100:
            break
    return steps, n


print(countdown(9), countdown(0), countdown(300))


def div_then_test(xs):
    k = 0
    for p in xs:
        d = 10 // p
        if d == k or (p == 7 and undefined_name):
            break
        k += 1
    return k


print(div_then_test([5, 2, 10]), div_then_test([5, 7]))
for bad in ([5, 0], [1, 1, 7]):
    try:
        div_then_test(bad)
    except (ZeroDivisionError, NameError) as e:
        print(type(e).__name__, last_line(e))


def boom(x):
    if x > 2:
        raise ValueError("big " + str(x))
    return x


def call_in_test(xs):
    seen = []
    for x in xs:
        y = x + 1
        if boom(y) == 2:
            seen.append(y)
    return seen


print(call_in_test([0, 1, 0]))
try:
    call_in_test([0, 5])
except ValueError as e:
    print(e, lines(e)[1:])


class Flag:
    def __init__(self, v):
        self.v = v
        self.asked = 0

    def __bool__(self):
        self.asked += 1
        if self.v is None:
            raise TypeError("no truth")
        return self.v


def store_then_bool(flags):
    n = 0
    for f in flags:
        cur = f
        if cur:
            n += 1
    return n


fs = [Flag(True), Flag(False), Flag(True)]
print(store_then_bool(fs), [f.asked for f in fs])
try:
    store_then_bool([Flag(True), Flag(None)])
except TypeError as e:
    print(e, last_line(e))


def in_try(xs):
    total = 0
    for x in xs:
        try:
            q = 12 // x
            if q > 3:
                total += q
        except ZeroDivisionError:
            total -= 100
    return total


print(in_try([1, 2, 0, 5, 3]))


def unbound_in_test(flag):
    if flag:
        v = 1
    w = 2
    if v == w:
        return "eq"
    return "ne"


print(unbound_in_test(True))
try:
    unbound_in_test(False)
except UnboundLocalError as e:
    print("unbound", last_line(e))


def gen(xs):
    for x in xs:
        y = x * 3
        if y % 2:
            yield y


print(list(gen(range(8))))


def walrus_loop(data):
    i = 0
    out = []
    while (n := len(data) - i) > 0:
        i += 2
        out.append(n)
    return out


print(walrus_loop("abcdefg"))
