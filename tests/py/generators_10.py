# Generators as coroutines: a pipeline of consumers via send
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
def mapper(fn, target):
    while True:
        item = yield
        target.send(fn(item))
def prime(g):
    next(g)
    return g
sink = prime(printer(">"))
pipe = prime(filt(lambda x: x % 2 == 0, prime(mapper(lambda x: x * x, sink))))
for i in range(7):
    pipe.send(i)
def yield_expr():
    x = yield 1
    y = (yield x * 10) + 1
    print("got", x, y)
    yield x + y
g = yield_expr()
print(next(g), g.send(2), g.send(3))
