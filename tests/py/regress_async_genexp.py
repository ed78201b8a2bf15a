# Regression: a generator expression with `async for` or `await` was a plain generator, not an async generator
async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

g1 = (x async for x in agen(2))
g2 = (await double(x) for x in range(2))
print(type(g1).__name__, type(g2).__name__)

async def main():
    a = (x * 10 async for x in agen(3))
    b = (await double(x) for x in range(3))
    c = (y async for x in agen(3) for y in range(x))
    d = ((await double(x), y) async for x in agen(2) async for y in agen(2))
    out = [type(a).__name__]
    async for v in a:
        out.append(v)
    out.append([v async for v in b])
    out.append([v async for v in c])
    out.append([v async for v in d])
    out.append(type(x for x in range(1)).__name__)
    return out

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
