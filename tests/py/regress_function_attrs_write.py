# Regression: assigning f.__module__ and f.__annotations__ had no effect, del f.__doc__ failed, f.__globals__ was writable, f.__builtins__ was missing
def f(a, b=2):
    "doc"
    return a + b

f.__module__ = "mymod"
f.__annotations__ = {"return": int}
print(f.__module__, f.__annotations__)
del f.__doc__
print(f.__doc__)
del f.__module__
print(f.__module__)
del f.__annotations__
print(f.__annotations__)
try:
    f.__annotations__ = [1]
except TypeError as e:
    print("TypeError", e)
for name in ("__globals__", "__closure__", "__builtins__"):
    try:
        setattr(f, name, {})
    except AttributeError as e:
        print("AttributeError", name, e)
    try:
        delattr(f, name)
    except AttributeError as e:
        print("AttributeError del", name, e)
for name in ("__name__", "__qualname__", "__code__", "__dict__"):
    try:
        delattr(f, name)
    except TypeError as e:
        print("TypeError del", name, e)
del f.__defaults__
print(f.__defaults__)
print(type(f.__globals__).__name__, type(f.__builtins__).__name__, f.__builtins__["len"] is len)
f.__dict__ = {"tag": 1}
print(f.tag, f.__dict__)
try:
    f.__dict__ = 3
except TypeError as e:
    print("TypeError", e)

# a hand-written wraps copies __module__, __name__, __qualname__, __doc__ and __dict__
def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco

def target(x: int) -> int:
    "target doc"
    return x
target.__module__ = "lib.sub"
@wraps(target)
def wrapper(*args):
    return target(*args)
print(wrapper.__module__, wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper.__annotations__, wrapper.__wrapped__ is target)
try:
    wrapper(1, 2)
except TypeError as e:
    print("TypeError", e)
print(len.__self__ is f.__builtins__ or type(len.__self__).__name__)
print(len.__self__, print.__self__ is len.__self__, [].append.__self__)
