# Loops that run in one instruction (FOR_ITER_APPEND). Loop bodies made of fused statements,
# copies between locals (`w = x`) and constant stores (`n = 0`) run as one block per item:
# results, the line an error reports, unbound locals, iterators the VM does not run itself
# (generators, user iterators) and loops left early. A body of fused statements and then
# `out.append(v)`: the statements run before each value, the list is the one the local holds,
# errors report their own line, and anything that is no exact list goes through the ordinary
# instructions.


def last_line(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno


def sums(xs):
    t = 0
    prev = 0
    for x in xs:
        t = t * 3 + x
        d = x - prev
        prev = x
        n = 0
        t = (t + d) % 1000003
    return t, prev, n


print(sums(range(1000)))
print(sums([5, 1, 4]))
print(sums(x * x for x in range(50)))


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(sums(Count(20)))


def fails_mid(xs):
    t = 0
    for x in xs:
        t = t + x
        w = x
        k = 10 // (x - 3)
        n = 0
    return t


try:
    fails_mid([1, 2, 3, 4])
except ZeroDivisionError as e:
    print("ZeroDivisionError at line", last_line(e), e)


def unbound(xs):
    for x in xs:
        y = x + 1
        w = z
        z = 0
    return y


try:
    unbound([1, 2])
except UnboundLocalError as e:
    print("UnboundLocalError at line", last_line(e), e)


def floats(pairs, dt):
    for a, b in pairs:
        dx = a[0] - b[0]
        dy = a[1] - b[1]
        d2 = dx * dx + dy * dy
        m = dt / d2
        a[2] -= dx * m
        b[2] += dy * m
        last = d2
    return last


ps = [([1.0, 2.0, 0.0], [4.0, 6.0, 0.0]), ([0.5, 0.25, 1.0], [2.0, -1.0, 1.0])]
print(floats(ps, 0.01), ps)
ps.append(([1, 1, 1], [1, 1, 1]))
try:
    floats(ps, 0.01)
except ZeroDivisionError as e:
    print("ZeroDivisionError at line", last_line(e), e)


def early(xs):
    t = 0
    for x in xs:
        t = t + x
        s = t * 2
        if s > 50:
            break
    else:
        return "done", t
    return "broke", t


print(early(range(5)), early(range(100)))


def gen_items():
    for i in range(5):
        yield i * 10


def over_gen():
    acc = 0
    for v in gen_items():
        acc = acc + v
        w = acc
    return acc, w


print(over_gen())


def rebinding(xs):
    # the loop's list is replaced halfway: the loop keeps iterating the first one
    out = 0
    for x in xs:
        out = out + x
        xs = [100]
    return out, xs


print(rebinding([1, 2, 3]))


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


# one `for` loop stepping every kind of iterator in turn (the loop remembers the kind it
# stepped last and must notice a different one)
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


def gen(n):
    for i in range(n):
        yield i * 10


class MyList(list):
    pass


def walk(it):
    out = []
    for x in it:
        out.append(x)
    return out


def walk_sum(it):
    total = 0
    for x in it:
        total += x
    return total


sources = [
    lambda: range(4), lambda: [5, 6, 7], lambda: reversed((1, 2, 3)), lambda: gen(3),
    lambda: Countdown(3), lambda: {7: 1, 8: 2}, lambda: iter([9]), lambda: range(10, 0, -3),
    lambda: MyList([4, 4]), lambda: "ab", lambda: (x for x in (1, 2)), lambda: zip([1], [2]),
]
for rnd in range(2):
    for make in sources + sources[::-1]:
        print(walk(make()), end=" ")
        if not isinstance(make(), str) and not isinstance(make(), zip):
            print(walk_sum(make()), end=" ")
    print()
it = iter([1, 2, 3, 4])
for x in it:
    if x == 2:
        break
print(walk(it), walk(it))
