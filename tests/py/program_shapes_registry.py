# shapes hierarchy: abstract methods by hand, sorting, class registry, __init_subclass__
class Shape:
    registry = {}
    sides = 0
    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.registry[cls.__name__.lower()] = cls
    def area(self):
        raise NotImplementedError
    def perimeter(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    def __hash__(self):
        return hash((type(self).__name__,) + tuple(sorted(vars(self).items())))
    def __repr__(self):
        fields = ", ".join(f"{v}" for v in vars(self).values())
        return f"{type(self).__name__}({fields})"
    @classmethod
    def create(cls, kind, *args):
        try:
            klass = cls.registry[kind]
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}") from None
        return klass(*args)
class Rect(Shape, sides=4):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
class Square(Rect, sides=4):
    def __init__(self, s): super().__init__(s, s)
    def __repr__(self): return f"Square({self.w})"
class Tri(Shape, sides=3):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        self.a, self.b, self.c = a, b, c
    def perimeter(self): return self.a + self.b + self.c
    def area(self):
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    def perimeter(self): return 2 * 3.14159 * self.r
specs = [("rect", 3, 4), ("square", 2), ("tri", 3, 4, 5), ("circle", 1), ("hexagon", 1), ("tri", 1, 1, 5), ("square", 3)]
shapes = []
for spec in specs:
    try:
        shapes.append(Shape.create(*spec))
    except ValueError as e:
        print("skip:", e)
for s in sorted(shapes):
    print(f"{s!r:<16} sides={s.sides} area={s.area():8.3f} perim={s.perimeter():7.3f}")
print(sorted(Shape.registry), Square.sides, Circle.sides, isinstance(Square(1), Rect))
print(Square(2) == Square(2), Square(2) == Rect(2, 2), len({Square(2), Square(2), Rect(2, 2)}))
print(max(shapes).__class__.__name__, min(shapes, key=lambda s: s.perimeter()))
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
