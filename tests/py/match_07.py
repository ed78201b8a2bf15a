# Class patterns with inheritance and dataclass-like __match_args__
class Shape:
    pass
class Circle(Shape):
    __match_args__ = ("r",)
    def __init__(self, r):
        self.r = r
class Rect(Shape):
    __match_args__ = ("w", "h")
    def __init__(self, w, h):
        self.w, self.h = w, h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
def area(s):
    match s:
        case Circle(r=0) | Rect(0, _) | Rect(_, 0):
            return "degenerate"
        case Circle(r):
            return 3 * r * r
        case Square(w, h):
            return f"square {w * h}"
        case Rect(w, h):
            return w * h
        case Shape():
            return "generic shape"
print([area(s) for s in [Circle(2), Rect(3, 4), Square(5), Circle(0), Rect(0, 9), Shape()]])
