# Raising exception classes vs instances, re-raising modified, exceptions in generators
def f(kind):
    if kind == 1:
        raise ValueError
    if kind == 2:
        raise ValueError()
    if kind == 3:
        raise ValueError("with msg")
for k in (1, 2, 3):
    try:
        f(k)
    except ValueError as e:
        print(k, repr(e), repr(str(e)))
def gen():
    yield 1
    raise KeyError("in generator")
g = gen()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("caught", e)
print(next(g, "exhausted after error"))
def modify():
    try:
        raise ValueError("first")
    except ValueError as e:
        e.args = ("modified",) + e.args
        raise
try:
    modify()
except ValueError as e:
    print(e.args)
