# Regression: an await that really suspends inside a list/set/dict comprehension (it failed with an internal error)
class Y:
    def __init__(self, v=1):
        self.v = v
    def __await__(self):
        yield "tick"
        return self.v

async def one(v):
    return await Y(v)

async def main():
    a = [await Y() for i in range(2)]
    b = {i: await one(i) for i in range(2)}
    c = {await one(i % 2) for i in range(4)}
    d = [[await one(j) for j in range(i)] for i in range(3)]
    try:
        e = [await one(i) / 0 for i in range(2)]
    except ZeroDivisionError as exc:
        print("caught", exc)
    return a, b, c, d

def drive(coro):
    n = 0
    while True:
        try:
            v = coro.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n

print(drive(main()))

async def main2():
    return [await Y(i) for i in range(2)]
c = main2()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# an exception thrown in at the suspension point reaches the comprehension's code
async def main3():
    try:
        return [await Y(i) for i in range(2)]
    except KeyError as e:
        return "caught " + repr(e)
c = main3()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
