# Generator state, gi_running-free introspection and generator as iterator
def stateful():
    x = yield "first"
    print("received", x)
    y = yield "second"
    print("received", y)
g = stateful()
print(g.send(None))
print(g.send("A"))
try:
    g.send("B")
except StopIteration:
    print("done")
def gen_with_return():
    yield 1
    return 99
g = gen_with_return()
print(list(g))
g2 = gen_with_return()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("value", e.value, e.args)
print(iter(g2) is g2)
def enumerate2(xs, start=0):
    i = start
    for x in xs:
        yield i, x
        i += 1
print(list(enumerate2("abc", 1)))
def zip2(*its):
    iters = [iter(i) for i in its]
    while True:
        try:
            yield tuple(next(it) for it in iters) if False else tuple([next(it) for it in iters])
        except StopIteration:
            return
print(list(zip2("ab", [1, 2, 3])))
