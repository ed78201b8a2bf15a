# A generator that yields into a `for` loop stores the value into the loop's variable itself, and
# a `yield` statement resumed by next() skips the push of None its POP_TOP would drop. Every way of
# resuming and leaving a generator behaves as before: next, send(None), send(v), throw, close, loops
# that unpack, comprehensions, yield from, and errors raised after a resumed yield.


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def count(n):
    for i in range(n):
        yield i
    return "done"


def relay(n):
    for v in count(n):
        yield v * 10


def pairs(n):
    for i in range(n):
        yield i, -i


def echo():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            got.append("none")
        elif x == "stop":
            return got
        else:
            got.append(x)


def statements(log):
    log.append("start")
    yield 1
    log.append("after 1")
    yield 2
    log.append("after 2")
    yield 3
    log.append("end")


def fails_after():
    yield 1
    yield 2
    raise ValueError("after second")


def guarded(log):
    try:
        yield "a"
        yield "b"
    except KeyError as e:
        log.append("caught " + str(e))
        yield "handled"
    finally:
        log.append("finally")


def run():
    t = 0
    for v in relay(6):
        t += v
    print(t, list(relay(3)), [v + 1 for v in count(4)], {v: v * v for v in count(3)})
    for a, b in pairs(3):
        print(a, b, end="; ")
    print()
    print(sum(x for x in relay(5)), max(count(7)), sorted(relay(4), reverse=True))
    g = count(2)
    print(next(g), next(g))
    try:
        next(g)
    except StopIteration as e:
        print("stop", e.value)
    e = echo()
    print(next(e), e.send(None), e.send("x"), next(e), e.send(5))
    try:
        e.send("stop")
    except StopIteration as s:
        print("returned", s.value)
    log = []
    st = statements(log)
    print(next(st), log)
    print(st.send(None), log)
    print(next(st), log)
    try:
        next(st)
    except StopIteration:
        print("exhausted", log)
    f = fails_after()
    got = []
    try:
        for v in f:
            got.append(v)
    except ValueError as x:
        print(got, x, lines(x))
    log = []
    g = guarded(log)
    print(next(g), g.throw(KeyError("k")), log)
    g.close()
    print(log)
    log = []
    g = guarded(log)
    print(next(g), next(g))
    g.close()
    print(log)

    def outer():
        r = yield from count(3)
        yield r
        yield from relay(2)

    print(list(outer()))


run()
