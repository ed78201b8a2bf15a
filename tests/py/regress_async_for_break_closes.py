# Regression: leaving an `async for` early did not close the async generator the loop made (its finally never ran)
class Step:
    def __await__(self):
        yield "step"

async def agen(tag):
    try:
        for i in range(3):
            await Step()
            yield i
    finally:
        print(tag, "finally")

def drive(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def main():
    async for x in agen("break"):
        if x == 1:
            break
    print("after break")
    try:
        async for x in agen("raise"):
            raise ValueError(x)
    except ValueError as e:
        print("caught", e)
    g = agen("kept")
    async for x in g:
        break
    print("kept open, then", [x async for x in g])
    for _ in range(1):
        async for x in agen("return"):
            return x

print(drive(main()))
