# Regression: a metaclass __setattr__/__delattr__ intercepts class attribute assignment and deletion; type.__setattr__/__delattr__ reached through super()
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith("_"):
            return super().__setattr__(name, value)
        raise AttributeError(f"{cls.__name__} is frozen: {name}")
    def __delattr__(cls, name):
        raise AttributeError(f"cannot delete {name}")

class C(metaclass=Frozen):
    x = 1

try:
    C.x = 2
except AttributeError as e:
    print(e)
C._hidden = 5
print(C.x, C._hidden)
try:
    del C.x
except AttributeError as e:
    print(e)
setattr(C, "_y", 3)
print(C._y)
try:
    setattr(C, "y", 3)
except AttributeError as e:
    print(e)

class Counting(type):
    sets = 0
    def __setattr__(cls, name, value):
        type(cls).sets += 1
        super().__setattr__(name, value)
class D(metaclass=Counting):
    pass
D.a = 1
D.b = 2
D.a += 1
print(Counting.sets, D.a, D.b)
