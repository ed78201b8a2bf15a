# send / throw / close
def accumulator():
    total = 0
    count = 0
    while True:
        try:
            x = yield total / count if count else 0
        except ValueError as e:
            print("reset because", e)
            total = count = 0
            continue
        except GeneratorExit:
            print("closing with total", total)
            raise
        if x is None:
            continue
        total += x
        count += 1
g = accumulator()
print(next(g))
print(g.send(10), g.send(20), g.send(30))
print(g.throw(ValueError("bad data")))
print(g.send(5))
g.close()
g.close()
try:
    g.send(1)
except StopIteration:
    print("stopped after close")
def gen():
    yield 1
try:
    gen().send(5)
except TypeError as e:
    print(e)
g2 = gen()
print(g2.send(None))
def catcher():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield f"caught {e!r}"
    yield "end"
c = catcher()
print(next(c), c.throw(KeyError("k")), next(c))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.value)
c2 = catcher()
try:
    c2.throw(KeyError("before start"))
except KeyError as e:
    print("unstarted throw propagates", e)
print(list(c2))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores_exit(); next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin ran")
f = fin()
print(next(f))
f.close()
print("closed", list(f))
def returns():
    yield 1
    return "result"
r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value, e.args)
def throw_type():
    try:
        yield
    except ZeroDivisionError as e:
        print("got", repr(e))
        yield "recovered"
t = throw_type(); next(t)
print(t.throw(ZeroDivisionError))
def close_returns():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
cr = close_returns(); next(cr)
print(cr.close())
