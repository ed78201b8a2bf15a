# __init_subclass__, __set_name__, class decorators, registries
registry = {}
class Plugin:
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        registry[key or cls.__name__.lower()] = cls
        cls.key = key
class Alpha(Plugin, key="a"): pass
class Beta(Plugin): pass
class Gamma(Beta, key="g"): pass
print(sorted((k, v.__name__) for k, v in registry.items()))
print(Alpha.key, Beta.key, Gamma.key)

class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __repr__(self): return f"Field({self.owner}.{self.name})"
class Model:
    a = Field()
    b = Field()
print(Model.a, Model.b)
f = Field()
class Later: pass
Later.x = f
print(hasattr(f, "name"))

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def count_instances(cls):
    orig = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@add_repr
@count_instances
class Point:
    def __init__(self, x, y):
        self.x = x; self.y = y
print(Point(1, 2), Point("a", [3]), Point.instances)

def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Config:
    def __init__(self, v): self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(3))

class Meta:
    pass
class Auto:
    def __init_subclass__(cls):
        cls.tag = cls.__name__.upper()
class Sub(Auto): pass
class SubSub(Sub): pass
print(Sub.tag, SubSub.tag, hasattr(Auto, "tag"))
