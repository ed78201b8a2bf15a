# Regression: the builtins aiter() and anext() did not exist
async def agen():
    yield 1

for f in (lambda: aiter([1]), lambda: anext([1]), lambda: anext([1], 5), lambda: aiter(), lambda: anext(), lambda: anext(agen(), 1, 2)):
    try:
        f()
    except TypeError as e:
        print(e)

class BadAiter:
    def __aiter__(self):
        return 5

try:
    aiter(BadAiter())
except TypeError as e:
    print(e)

g = agen()
print(aiter(g) is g)
a = anext(g, "default")
print(type(a).__name__, a.__await__() is a)
for step in range(3):
    try:
        a.send(None)
    except BaseException as e:
        print(type(e).__name__, e.args)
    a = anext(g, "default") if step == 0 else a
try:
    anext(g).send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")

class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

class NotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

try:
    anext(NotAwaitable(), 1).send(None)
except TypeError as e:
    print(e)

async def main():
    g = agen()
    c = aiter(Counter())
    return [await anext(g), await anext(g, "end"), await anext(g, None), await anext(c), await anext(c, 0), await anext(c, 0)]

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
