# exceptions interacting with yield
def g1():
    try:
        raise ValueError("first")
    except ValueError as e:
        yield "in except"
        yield repr(e)
        raise
it = g1()
print(next(it), next(it))
try:
    next(it)
except ValueError as e:
    print("re-raised after yields:", e)
def g2():
    try:
        yield 1
    except KeyError:
        yield "handled"
        raise TypeError("new")
it = g2(); next(it)
print(it.throw(KeyError("k")))
try:
    next(it)
except TypeError as e:
    print(repr(e), repr(e.__context__))
def g3():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
print(list(g3()))
def g4():
    try:
        yield 1
    finally:
        return "swallowed"
it = g4(); next(it)
try:
    it.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)
def g5():
    x = yield
    while True:
        try:
            x = yield x * 2
        except ArithmeticError as e:
            x = yield f"error {type(e).__name__}"
it = g5(); next(it)
print(it.send(3), it.throw(ZeroDivisionError), it.send(5), it.send(7))
def g6():
    yield from range(3)
    try:
        yield from g_raise()
    except RuntimeError as e:
        yield f"caught {e}"
def g_raise():
    yield "about to raise"
    raise RuntimeError("from sub")
print(list(g6()))
print(next(iter([])) if False else "ok")
def g7():
    yield 1
it = g7()
print(it.__next__(), next(it, None), it.__iter__() is it)
