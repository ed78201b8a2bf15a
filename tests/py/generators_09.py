# send() delegated through yield from; throw() into delegated generator
def inner():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("inner handled", e)
            continue
        if v is None:
            return total
        total += v
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "outer done"
g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.throw(ValueError("oops")))
print(g.send(None))
def averager():
    total, n = 0, 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
a = averager()
next(a)
print([a.send(x) for x in (10, 20, 60)])
