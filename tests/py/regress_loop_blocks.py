# Loop bodies made of fused statements, copies between locals (`w = x`) and constant stores
# (`n = 0`) run as one block per item: results, the line an error reports, unbound locals,
# iterators the VM does not run itself (generators, user iterators) and loops left early.


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
