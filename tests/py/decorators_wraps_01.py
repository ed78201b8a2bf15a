# decorators with/without args, stacked, wraps-like by hand
def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco
def trace(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        arg_s = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"-> {fn.__name__}({arg_s})")
        r = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {r!r}")
        return r
    return wrapper
def repeat(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco
def optional_args(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: optional_args(f, prefix=prefix)
    @wraps(fn)
    def w(*a):
        return prefix + str(fn(*a))
    return w
@trace
def add(a, b=2):
    "adds"
    return a + b
print(add(1), add(1, b=5))
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
@repeat(3)
def hi(name): return "hi " + name
print(hi("x"), hi.__name__)
@optional_args
def one(): return 1
@optional_args(prefix="#")
def two(): return 2
print(one(), two())
@trace
@repeat(2)
def stacked(x): return x * 2
print(stacked(4))
def counter(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counter
def noop(): pass
for _ in range(4): noop()
print(noop.calls)
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
# decorator order
def tag(name):
    def d(f):
        print("applying", name)
        def w(): return f"<{name}>{f()}</{name}>"
        return w
    return d
@tag("b")
@tag("i")
def text(): return "txt"
print(text())
# decorator that returns non-function
def to_const(f): return 42
@to_const
def gone(): pass
print(gone)
# decorator expression (3.9 relaxed grammar)
decos = {"t": tag("u")}
@decos["t"]
def under(): return "u!"
print(under())
@(lambda f: lambda: f().upper())
def lam(): return "lower"
print(lam())
