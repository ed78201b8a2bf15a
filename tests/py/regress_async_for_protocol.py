# Regression: `async for` ran any iterable as a plain `for` (a list, an async iterator's __anext__ never awaited) and its errors were the sync loop's
class Tick:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        sent = yield ("tick", self.v)
        return (self.v, sent)

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Tick(self.i)

class AwaitableNext:
    # __anext__ a plain method returning an awaitable
    def __init__(self):
        self.left = 2
    def __aiter__(self):
        return self
    def __anext__(self):
        self.left -= 1
        if self.left < 0:
            raise StopAsyncIteration
        return Tick(self.left)

async def agen(n):
    for i in range(n):
        got = await Tick(i * 10)
        yield got

def drive(coro):
    # a hand-written driver: what the awaits yield comes out here
    sent = 0
    seen = []
    while True:
        try:
            seen.append(coro.send(None if sent == 0 else sent))
        except StopIteration as e:
            return e.value, seen
        sent += 1

async def main():
    out = []
    async for x in Counter(2):
        out.append(x)
    async for x in AwaitableNext():
        out.append(x)
    async for x in agen(2):
        out.append(x)
    async for x in Counter(3):
        if x[0] == 2:
            break
    else:
        out.append("no else after break")
    async for x in Counter(0):
        pass
    else:
        out.append("else")
    return out

print(drive(main()))

class NoANext:
    def __aiter__(self):
        return 5

class BadANext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

async def bad(it):
    async for x in it:
        pass

for it in ([1, 2], 3, NoANext(), BadANext(), agen):
    try:
        drive(bad(it))
    except TypeError as e:
        print(e)

async def failing():
    yield 1
    raise KeyError("from agen")

async def catch():
    got = []
    try:
        async for x in failing():
            got.append(x)
    except KeyError as e:
        got.append(repr(e))
    return got

print(drive(catch()))

async def stop_inside():
    raise StopAsyncIteration
    yield

async def wrapped():
    try:
        async for x in stop_inside():
            pass
    except RuntimeError as e:
        return str(e)

print(drive(wrapped()))
