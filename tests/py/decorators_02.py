# Decorators preserving names manually, registries, class decorators
registry = {}
def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco
@register("double")
def d(x):
    return 2 * x
@register("neg")
def n(x):
    return -x
print(sorted(registry), registry["double"](4), registry["neg"](4))
def wraps_name(f):
    def w(*a):
        return f(*a)
    w.__name__ = f.__name__
    w.__doc__ = f.__doc__
    return w
@wraps_name
def documented():
    "doc here"
    return 1
print(documented.__name__, documented.__doc__)
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "a"), [Point(0, 0)])
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
