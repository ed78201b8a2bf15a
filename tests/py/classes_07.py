# Class-level state, instance counters, and __class__ access
class Shape:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry.append(cls.__name__)
    def area(self):
        raise NotImplementedError
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
print(Shape.registry)
shapes = [Square(3), Rect(2, 5)]
print([s.area() for s in shapes], [s.__class__.__name__ for s in shapes])
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
class Tagged:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class T1(Tagged, tag="one"):
    pass
class T2(Tagged):
    pass
print(T1.tag, T2.tag)
