# expect-error: RuntimeError: generator raised StopIteration
def f():
    raise StopIteration
def g():
    yield f()
list(g())
