# class-based decorators, decorators on methods needing __get__
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*a, **k):
            return self(obj, *a, **k)
        return bound
@CountCalls
def square(x): return x * x
print(square(3), square(4), square.calls, square.__name__, type(square).__name__)
class Shape:
    def __init__(self, s): self.s = s
    @CountCalls
    def area(self): return self.s ** 2
sh = Shape(3)
print(sh.area(), Shape(2).area(), Shape.area.calls)
class NoGet:
    def __init__(self, fn): self.fn = fn
    def __call__(self, *a): return self.fn(*a)
class UsesNoGet:
    @NoGet
    def m(self): return "self bound?"
try:
    UsesNoGet().m()
except TypeError as e:
    print("TypeError:", e)
print(UsesNoGet.m(UsesNoGet()))
class Retry:
    def __init__(self, times, exc=Exception):
        self.times = times; self.exc = exc
    def __call__(self, fn):
        def w(*a):
            last = None
            for attempt in range(1, self.times + 1):
                try:
                    return fn(*a, attempt)
                except self.exc as e:
                    print(f"attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"gave up after {self.times}") from last
        return w
@Retry(3, ValueError)
def flaky(threshold, attempt):
    if attempt < threshold:
        raise ValueError(f"too early ({attempt})")
    return f"ok on {attempt}"
print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print(e, "| cause:", e.__cause__)
@Retry(2, KeyError)
def wrong_exc(x, attempt):
    raise TypeError("not retried")
try:
    wrong_exc(1)
except TypeError as e:
    print("propagated", e)
def method_decorator(fn):
    def w(self, *a):
        return f"{type(self).__name__}.{fn.__name__}{a} -> {fn(self, *a)}"
    return w
class Foo:
    @method_decorator
    def bar(self, x, y): return x + y
    @classmethod
    @method_decorator
    def cm(cls, z): return z
print(Foo().bar(1, 2))
print(Foo.cm(5))
def register(registry):
    def d(cls):
        registry[cls.__name__] = cls
        return cls
    return d
REG = {}
@register(REG)
class One: pass
@register(REG)
class Two(One): pass
print(sorted(REG), issubclass(REG["Two"], REG["One"]))
