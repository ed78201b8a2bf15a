# Regression: generator.throw() did not normalise its arguments as CPython (instance plus value, non-exception wording, arity), send()/close() arity messages lacked the type name, and __await__ returning a non-iterator was accepted
def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__ + ":", e)
def gen():
    yield 1
async def co():
    return 1
async def ag():
    yield 1
g = gen()
t(lambda: g.throw(5))
t(lambda: g.throw(int))
t(lambda: g.throw(5, 1))
t(lambda: g.send())
t(lambda: g.send(1, 2))
t(lambda: g.send(x=1))
t(lambda: g.throw())
t(lambda: g.throw(ValueError, 1, None, 4))
t(lambda: g.throw(ValueError, 1, 5))
t(lambda: gen().throw(ValueError("x"), None))
t(lambda: gen().throw(ValueError, ValueError("inst")))
t(lambda: gen().throw(ValueError, "str value"))
t(lambda: gen().throw(ValueError, ("a", "b")))
t(lambda: gen().throw(ValueError(1), "extra"))
t(lambda: gen().throw(ValueError, KeyError("k")))
t(lambda: gen().throw(KeyError, KeyError("k")))
t(lambda: gen().throw(LookupError, KeyError("k")))
t(lambda: gen().throw(ValueError, None))
t(lambda: gen().throw(ValueError, [1, 2]))
c = co()
t(lambda: c.send())
t(lambda: c.throw(5))
t(lambda: c.send(1, 2))
c.close()
t(lambda: gen().close(1))
t(lambda: gen().__next__(1))
class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
t(lambda: bad2().send(None))
class BadAwait2:
    def __await__(self):
        return [1]
async def bad3():
    await BadAwait2()
t(lambda: bad3().send(None))
class GenAwait:
    def __await__(self):
        return gen()
async def ok():
    return await GenAwait()
t(lambda: ok().send(None))
