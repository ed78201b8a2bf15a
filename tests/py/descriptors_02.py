# Lazy property via non-data descriptor caching in instance dict
class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    def __init__(self, n):
        self.n = n
    @lazy
    def expensive(self):
        print("computing...")
        return sum(range(self.n))
d = Data(100)
print(d.expensive)
print(d.expensive)
print("expensive" in d.__dict__)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.key = name
    def __get__(self, obj, owner):
        return obj.__dict__.get(self.key)
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"{self.key} expects {self.kind.__name__}")
        obj.__dict__[self.key] = v
class Person:
    name = Typed(str)
    age = Typed(int)
p = Person()
p.name = "Al"
p.age = 30
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(e)
