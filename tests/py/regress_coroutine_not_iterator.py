# Regression: a coroutine object is no iterator (no __next__/__iter__; next() and for raise TypeError); __await__() gives an iterator over it
async def co():
    return 42

def gen():
    yield 1

c = co()
print(hasattr(c, "__next__"), hasattr(c, "__iter__"), hasattr(c, "__await__"))
print(hasattr(gen(), "__next__"), hasattr(gen(), "__iter__"), hasattr(gen(), "__await__"))
for f in (lambda: next(c), lambda: iter(c), lambda: list(c), lambda: [x for x in c], lambda: tuple(c)):
    try:
        f()
    except TypeError as e:
        print("TE", e)
try:
    for x in c:
        pass
except TypeError as e:
    print("TE", e)

w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("result", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RE", e)

class Y:
    def __await__(self):
        yield "step"
        return 7

async def outer():
    return await Y() + 1

class Wrap:
    def __await__(self):
        return outer().__await__()

async def main():
    return await Wrap()

m = main()
w2 = m.__await__()
print(w2.send(None))
try:
    w2.send(None)
except StopIteration as e:
    print("result", e.value)

def plain():
    yield from co()
try:
    list(plain())
except TypeError as e:
    print("TE", e)

class Two:
    def __await__(self):
        yield 1
        yield 2
        return 3
async def two():
    return await Two()
print(list(two().__await__()))
for v in two().__await__():
    print("item", v)
