# Subclasses of float and tuple keep their value; tuple subclass with extra methods
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100.0)
print(c, c.to_f(), c + 1, isinstance(c, float), type(c).__name__)
class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))
p = Pair((1, 2))
print(p, p[0], len(p), p.swap(), p + (3,), isinstance(p, tuple))
a, b = p
print(a, b, sum(p), list(p))
