# contextmanager decorator written by hand on top of generators
class _GCM:
    def __init__(self, gen): self.gen = gen
    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if val is None:
            val = typ()
        try:
            self.gen.throw(val)
        except StopIteration as exc:
            return exc is not val
        except BaseException as exc:
            if exc is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
def contextmanager(fn):
    def helper(*a, **k):
        return _GCM(fn(*a, **k))
    return helper
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
@contextmanager
def suppress(*excs):
    try:
        yield
    except excs as e:
        print("suppressed", type(e).__name__, e)
@contextmanager
def transform():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"transformed {e}") from e
with tag("html") as t:
    with tag("body"):
        print("content", t)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with suppress(KeyError):
    print("no error")
try:
    with suppress(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("outer caught", e)
try:
    with transform():
        {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
try:
    with tag("x"):
        raise RuntimeError("inside tag")
except RuntimeError as e:
    print("propagated", e)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)
def counter():
    n = 0
    @contextmanager
    def track():
        nonlocal n
        n += 1
        yield n
        n -= 1
    return track, lambda: n
track, depth = counter()
with track() as a:
    with track() as b:
        print("depth", a, b, depth())
print("final depth", depth())
