# __new__, singletons, immutable-ish objects, and alternative construction
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        cls._instance.created += 1
        return cls._instance
    def __init__(self, v):
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v, a.created)
class Point:
    def __new__(cls, x, y):
        obj = super().__new__(cls)
        obj.x, obj.y = x, y
        return obj
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(Point(1, 2))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), len(Upper("xy")))
class Positive(int):
    def __new__(cls, v):
        if v <= 0:
            raise ValueError("must be positive")
        return super().__new__(cls, v)
print(Positive(5) + 1)
try:
    Positive(-1)
except ValueError as e:
    print(e)
