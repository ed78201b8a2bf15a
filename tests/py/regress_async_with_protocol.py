# Regression: `async with` used __enter__/__exit__ and never awaited __aenter__/__aexit__
class Tick:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield self.v
        return self.v

class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        print("enter", self.name, await Tick("aenter"))
        return self.name
    async def __aexit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None, await Tick("aexit"))
        return self.swallow

def drive(coro):
    seen = []
    while True:
        try:
            seen.append(coro.send(None))
        except StopIteration as e:
            return e.value, seen

async def main():
    async with CM("a") as a, CM("b") as b:
        print("body", a, b)
    async with CM("c", swallow=True):
        raise KeyError("swallowed")
    try:
        async with CM("d"):
            raise ValueError("kept")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with CM(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    async with CM("ret"):
        return "returned"

print(drive(main()))

class Sync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class OnlyEnter:
    async def __aenter__(self):
        return self

class OnlyExit:
    async def __aexit__(self, *a):
        pass

class PlainEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class PlainExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2

async def use(cm):
    async with cm:
        pass

for cm in (Sync(), OnlyEnter(), OnlyExit(), [1], PlainEnter(), PlainExit()):
    try:
        drive(use(cm))
    except TypeError as e:
        print(e)
