# `for x in xs: <fused statements>; out.append(v)` runs its loop in one instruction: the
# statements run before each value, the list is the one the local holds, errors report their
# own line, and anything that is no exact list goes through the ordinary instructions.


def last_line(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno


def lcg(n):
    x = 1
    out = []
    for _ in range(n):
        x = (x * 75 + 74) % 65537
        out.append(x % 12)
    return out


r = lcg(5000)
print(len(r), sum(r), r[:10])


def block_then_append(xs):
    out = []
    t = 0
    for x in xs:
        t = t + x
        w = t * 2
        n = 0
        out.append(w - n)
    return out, t


print(block_then_append(range(10)))
print(block_then_append(x * x for x in range(6)))


def rebinds(xs):
    # the statement rebinds the list's local: each append goes to the new list
    out = [0]
    for x in xs:
        out = [x]
        out.append(x + 1)
    return out


print(rebinds([1, 2, 3]))


def edits_items(xs):
    out = [0]
    for x in xs:
        out[0] = out[0] + x
        out.append(x)
    return out


print(edits_items(range(6)))


class Log:
    def __init__(self):
        self.items = []

    def append(self, v):
        self.items.append(("logged", v))


def into_anything(xs, out):
    k = 0
    for x in xs:
        k = k + 1
        out.append(x * k)
    return out


print(into_anything([1, 2, 3], []), into_anything([1, 2, 3], Log()).items)


class MyList(list):
    def append(self, v):
        super().append(-v)


print(into_anything([1, 2, 3], MyList()))


def fails_in_statement(xs):
    out = []
    for x in xs:
        d = 10 // (x - 2)
        out.append(d)
    return out


try:
    fails_in_statement([0, 1, 2, 3])
except ZeroDivisionError as e:
    print("ZeroDivisionError at line", last_line(e), e)


def fails_in_value(xs):
    out = []
    for x in xs:
        y = x + 1
        out.append(y // (x - 1))
    return out


try:
    fails_in_value([3, 2, 1])
except ZeroDivisionError as e:
    print("ZeroDivisionError at line", last_line(e), e)


def filtered(xs):
    out = []
    total = 0
    for x in xs:
        if x % 3:
            total = total + x
            out.append(total)
    return out, total


print(filtered(range(12)))


def over_strs(words):
    out = []
    for w in words:
        u = w.upper() if len(w) > 2 else w
        out.append(u + "!")
    return out


print(over_strs(["ka", "shi", "po", "veve"]))
