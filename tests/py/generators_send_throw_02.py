# rest of gen08 without the unhandled-throw-through-yield-from case
def outer_inner():
    def inner():
        try:
            yield "i1"
        finally:
            print("inner finally")
    def outer():
        yield from inner()
    g = outer(); next(g)
    g.close()
    print("closed outer during inner")
outer_inner()
def gen():
    yield 1
g = gen()
try:
    g.throw(ValueError, ValueError("typed"))
except ValueError as e:
    print("throw type,value:", e)
g = gen(); next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)
def delegating_send():
    v = yield from receiver()
    yield "final " + str(v)
def receiver():
    acc = []
    while True:
        x = yield len(acc)
        if x is None:
            return acc
        acc.append(x)
d = delegating_send()
print(next(d), d.send("a"), d.send("b"), d.send(None))
def yield_in_finally():
    try:
        yield 1
    finally:
        yield "from finally"
y = yield_in_finally()
print(list(y))
def gen_exc():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit seen")
        raise
g = gen_exc()
for v in g:
    break
g.close()
def ret_gen():
    x = yield
    return x * 2
def collect():
    results = []
    for i in range(3):
        r = yield from ret_gen()
        results.append(r)
    return results
c = collect()
next(c)
for i in range(1, 3):
    c.send(i)
try:
    c.send(3)
except StopIteration as e:
    print("collected", e.value)
