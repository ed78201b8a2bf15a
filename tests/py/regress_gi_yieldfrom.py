# Regression: gi_yieldfrom and cr_await name the iterator a suspended generator or coroutine delegates to
def inner():
    yield 1
    yield 2
    return "done"

def outer():
    r = yield from inner()
    yield r
    yield from [7, 8]
    yield 9

g = outer()
print(g.gi_yieldfrom)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(next(g), g.gi_yieldfrom.gi_yieldfrom)
print(next(g), g.gi_yieldfrom)
print(next(g), type(g.gi_yieldfrom).__name__)
print(next(g), type(g.gi_yieldfrom).__name__)
print(next(g), g.gi_yieldfrom)
print(list(g), g.gi_yieldfrom)
def plain():
    yield 1
p = plain(); next(p); print(p.gi_yieldfrom)
class Aw:
    def __await__(self):
        yield 5
        return 1
async def co():
    return await Aw()
c = co()
print(c.cr_await)
print(c.send(None), type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value, c.cr_await)
