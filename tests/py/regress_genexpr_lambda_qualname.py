# Regression: a function defined in a generator expression had an extra "<locals>" in its __qualname__
print(next((lambda: 0) for _ in "x").__qualname__)


def outer():
    return next((lambda: 0) for _ in "x")


print(outer().__qualname__)


class C:
    g = next((lambda: 0) for _ in "x")
    nested = next(next((lambda: 0) for _ in "y") for _ in "x")


print(C.g.__qualname__, C.nested.__qualname__)
print(next(lambda: (lambda: 1) for _ in "x")().__qualname__)
print(next(x for x in [(y for y in "a")]).__qualname__)
mk = lambda: next((lambda: 0) for _ in "x")
print(mk().__qualname__)


def g():
    def h():
        pass
    return h


print((lambda: g)()().__qualname__)
