# Regression: close() of a coroutine ignoring GeneratorExit said "generator"; throw() into a finished coroutine re-raised; a coroutine awaited twice at once ran
class Step:
    def __await__(self):
        yield "step"

async def stubborn():
    try:
        await Step()
    finally:
        await Step()

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)

async def inner():
    try:
        await Step()
    except GeneratorExit:
        print("inner ignoring")
    await Step()

async def outer():
    await inner()

c = outer()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)

async def one():
    return 1

c = one()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print("close", c.close())
for op in (lambda: c.throw(ValueError("late")), lambda: c.send(None), lambda: c.throw(GeneratorExit)):
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)

def gen():
    return 2
    yield

g = gen()
try:
    next(g)
except StopIteration as e:
    print("gen returned", e.value)
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("gen re-raises", e)

async def slow():
    await Step()
    return "shared result"

shared = slow()

async def waiter():
    return await shared

a, b = waiter(), waiter()
print(a.send(None))
try:
    b.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    a.send(None)
except StopIteration as e:
    print("a got", e.value)
b.close()
