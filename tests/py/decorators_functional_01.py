# partial by hand, decorator with state, argument-checking decorators
def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return fn(*pargs, *args, **merged)
    call.func = fn
    call.args = pargs
    call.keywords = pkw
    return call
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), two_to(10, mod=1000), square.keywords, two_to.args)
def once(fn):
    done = False
    result = None
    def w(*a, **k):
        nonlocal done, result
        if not done:
            result = fn(*a, **k)
            done = True
        return result
    return w
@once
def init(x):
    print("initializing with", x)
    return x * 2
print(init(5), init(6), init(7))
def accepts(**types):
    def deco(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
        def w(*args, **kwargs):
            bound = dict(zip(names, args))
            bound.update(kwargs)
            for name, t in types.items():
                if name in bound and not isinstance(bound[name], t):
                    raise TypeError(f"argument {name!r} must be {t.__name__}")
            return fn(*args, **kwargs)
        return w
    return deco
@accepts(a=int, b=(int, float).__class__ and float)
def scale(a, b=1.0):
    return a * b
print(scale(3, 2.5), scale(4))
for bad in [("3", 1.0), (3, 2)]:
    try:
        scale(*bad)
    except TypeError as e:
        print(e)
def throttle(limit):
    def deco(fn):
        count = 0
        def w(*a):
            nonlocal count
            if count >= limit:
                return f"throttled({fn.__name__})"
            count += 1
            return fn(*a)
        def reset():
            nonlocal count
            count = 0
        w.reset = reset
        return w
    return deco
@throttle(2)
def ping(): return "pong"
print([ping() for _ in range(4)])
ping.reset()
print(ping())
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
def curry(fn, n=None):
    n = fn.__code__.co_argcount if n is None else n
    def c(*args):
        if len(args) >= n:
            return fn(*args[:n])
        return lambda *more: c(*args, *more)
    return c
@curry
def add3(a, b, c): return a + b + c
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
