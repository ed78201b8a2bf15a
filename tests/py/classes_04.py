# classmethod, staticmethod, alternative constructors, class attributes
class Temperature:
    unit = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def is_freezing(deg):
        return deg <= 0
    def __repr__(self):
        return f"{type(self).__name__}({self.degrees:.1f}{self.unit})"
class Kelvinish(Temperature):
    unit = "K"
t = Temperature.from_fahrenheit(212)
print(t, Temperature.is_freezing(t.degrees), t.is_freezing(-3))
k = Kelvinish.from_fahrenheit(32)
print(k, type(k).__name__)
print(Temperature(5).from_fahrenheit(50))
class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
        self.id = len(Counter.instances)
    @classmethod
    def total(cls):
        return len(cls.instances)
a, b, c = Counter(), Counter(), Counter()
print(Counter.total(), c.id, a.total())
