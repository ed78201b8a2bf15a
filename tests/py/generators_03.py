# send, throw and close
def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = accumulator()
print(next(g))
print(g.send(10), g.send(5), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
def guarded():
    try:
        while True:
            try:
                yield "working"
            except ValueError as e:
                yield f"recovered from {e}"
    finally:
        print("cleanup on close")
g = guarded()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("stopped after close")
def no_catch():
    yield 1
    yield 2
g = no_catch()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("propagated", repr(e))
