# Regression: the RuntimeError made from a StopIteration leaving a generator had no __context__ and carried the generator's traceback; an async generator's StopAsyncIteration was not converted
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__), "| ctx is cause:", e.__context__ is e.__cause__, e.__suppress_context__)

async def co():
    raise StopIteration("in coro")
t(lambda: co().send(None))
t(lambda: list(next(iter([])) for _ in range(1)))
def g():
    yield 1
    raise StopIteration(42)
t(lambda: list(g()))
def g2():
    raise StopAsyncIteration
    yield
t(lambda: list(g2()))
async def ag():
    raise StopAsyncIteration
    yield
async def drive():
    async for x in ag():
        pass
t(lambda: drive().send(None))

def gen():
    yield 1
    next(iter([]))
def outer():
    yield from gen()
def main():
    return list(outer())
try:
    main()
except RuntimeError as e:
    tb = e.__traceback__
    while tb:
        print("RuntimeError at", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
    tb = e.__cause__.__traceback__
    while tb:
        print("StopIteration at", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next

# raised while the caller handles another exception: the context is still the StopIteration
def g4():
    raise StopIteration
    yield
try:
    raise KeyError("k")
except KeyError:
    try:
        list(g4())
    except RuntimeError as e:
        print(repr(e.__context__), repr(e.__context__.__context__))
    try:
        for x in g4():
            pass
    except RuntimeError as e:
        print(repr(e.__context__), repr(e.__context__.__context__))
