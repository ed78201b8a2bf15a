# Regression: async generators had no __anext__/asend/athrow/aclose awaitables to drive by hand
class Tick:
    def __await__(self):
        sent = yield "tick"
        return sent

async def agen():
    try:
        v = yield 1
        print("got", v)
        w = await Tick()
        print("awaited", w)
        v = yield 2
        print("got", v)
    except KeyError as e:
        print("caught", repr(e))
        yield 99
    finally:
        print("finally")

def show(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "raised", type(e).__name__, e.args)

g = agen()
print(g.__aiter__() is g, type(g.__anext__()).__name__, type(g.asend(1)).__name__)
print(type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
a = g.__anext__()
print(a.__await__() is a, iter(a) is a)
show("next", lambda: a.send(None))
show("reuse", lambda: a.send(None))
b = g.asend("A")
show("asend", lambda: b.send(None))
show("asend resumed", lambda: b.send("W"))
c = g.athrow(KeyError("k"))
show("athrow", lambda: c.send(None))
d = g.aclose()
show("aclose", lambda: d.send(None))
show("aclose reuse", lambda: d.send(None))
show("anext after close", lambda: g.__anext__().send(None))
show("aclose again", lambda: g.aclose().send(None))

g = agen()
show("asend to fresh", lambda: g.asend(5).send(None))
show("athrow to fresh", lambda: g.athrow(ValueError("v")).send(None))
show("anext after athrow", lambda: g.__anext__().send(None))

g = agen()
show("aclose fresh", lambda: g.aclose().send(None))
show("anext after aclose", lambda: g.__anext__().send(None))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = stubborn()
show("first", lambda: g.__anext__().send(None))
show("aclose ignored", lambda: g.aclose().send(None))

g = agen()
x = g.__anext__()
show("throw into asend", lambda: x.throw(KeyError("t")))
x.close()
show("closed asend", lambda: x.send(None))

async def user():
    g = agen()
    out = [await g.__anext__(), await g.asend("via asend")]
    out.append(await g.athrow(KeyError("via athrow")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("exhausted")
    await g.aclose()
    return out

co = user()
seen = [co.send(None)]
try:
    while True:
        seen.append(co.send("to tick"))
except StopIteration as e:
    print(e.value, seen)
