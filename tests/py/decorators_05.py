# Decorators on methods with arguments, class method decorators, decorator classes
class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
@CallCounter
def greet(name):
    return f"hi {name}"
print(greet("a"), greet("b"), greet.calls)
def validate(**types):
    def deco(fn):
        def wrapper(*args):
            names = fn.__code__.co_varnames if False else list(types)
            for name, value in zip(names, args):
                if not isinstance(value, types[name]):
                    raise TypeError(f"{name} must be {types[name].__name__}")
            return fn(*args)
        return wrapper
    return deco
@validate(a=int, b=str)
def combine(a, b):
    return b * a
print(combine(3, "ab"))
try:
    combine("3", "ab")
except TypeError as e:
    print(e)
def with_prefix(prefix):
    def deco(cls):
        cls.prefix = prefix
        orig = cls.__str__
        cls.__str__ = lambda self: prefix + orig(self)
        return cls
    return deco
@with_prefix(">> ")
class Msg:
    def __init__(self, t):
        self.t = t
    def __str__(self):
        return self.t
print(str(Msg("hello")), Msg.prefix)
