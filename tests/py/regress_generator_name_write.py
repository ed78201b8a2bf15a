# Regression: a generator's __name__ and __qualname__ were not writable (str only, as CPython)
def g(): yield
x = g()
for v in ("n", 5):
    for a in ("__name__", "__qualname__"):
        try:
            setattr(x, a, v); print(a, getattr(x, a))
        except TypeError as e:
            print(e)
for a in ("__name__", "__qualname__"):
    try:
        delattr(x, a)
    except TypeError as e:
        print(e)
try:
    x.other = 1
except AttributeError as e:
    print(e)
print(repr(x).split(" at ")[0])
print(g().__name__, g.__name__)
async def c(): pass
y = c()
y.__name__ = "cc"
y.__qualname__ = "Q.cc"
print(y.__name__, y.__qualname__, repr(y).split(" at ")[0])
y.close()
async def ag():
    yield 1
z = ag()
z.__qualname__ = "Z"
print(z.__qualname__, repr(z).split(" at ")[0])
