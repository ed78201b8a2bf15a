# Properties with getters, setters and deleters
class Circle:
    def __init__(self, r):
        self.radius = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("radius must be non-negative")
        self._r = v
    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._r
    @property
    def area(self):
        return 3 * self._r ** 2
c = Circle(2)
print(c.radius, c.area)
c.radius = 5
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("error:", e)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError")
del c.radius
print(hasattr(c, "_r"))
class P:
    def get_x(self):
        return 42
    x = property(get_x)
print(P().x)
