# arithmetic dunders, reflected, in-place, NotImplemented
class V:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self.__add__(o)
    def __sub__(self, o):
        if isinstance(o, V):
            return V(self.x - o.x, self.y - o.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return V(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k, mod=None):
        if mod is None:
            return V(self.x ** k, self.y ** k)
        return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __rpow__(self, b):
        return V(b ** self.x, b ** self.y)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __invert__(self):
        return V(self.y, self.x)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x and self.y == o.y
    __hash__ = None

a = V(1, 2); b = V(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b)
print(1 + a)
print(sum([a, b], V(0, 0)))
print(sum([a, b]))
print(-a, +a, abs(V(3, 4)), ~a)
print(b / 2, b // 2, b % 2, a ** 2, pow(b, 2, 5), 2 ** a)
print(a @ b)
try:
    a - 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a @ 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(a == V(1, 2), a != V(1, 2), a == 5, a != 5)
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
