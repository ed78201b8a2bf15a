# Regression: generator, coroutine and async generator objects have __del__ (the finalizer closes a suspended one)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

async def co():
    return 1

async def agen():
    yield 1

c = co()
print(hasattr(gen(), "__del__"), hasattr(c, "__del__"), hasattr(agen(), "__del__"))
c.close()
fresh = gen()
print(fresh.__del__())      # not started: closed without running
print(next(fresh, "exhausted"))
g = gen()
next(g)
print(g.__del__())          # suspended: closed
print(next(g, "exhausted"))
print(g.__del__())          # finished: nothing to do

def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")
s = stubborn()
next(s)
print(s.__del__())          # the RuntimeError is not raised to the caller
print(next(s))
try:
    s.throw(ValueError("stop"))
except ValueError as e:
    print("finished", e)
