# Reflected operations and NotImplemented fallbacks
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd called")
        return self.__add__(o)
    def __eq__(self, o):
        if isinstance(o, Meters):
            return self.v == o.v
        return NotImplemented
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"{self.v}m"
print(Meters(2) + Meters(3), Meters(2) + 1, 1 + Meters(2))
print(sum([Meters(1), Meters(2)]))
print(sum([Meters(1), Meters(2)], Meters(0)))
print(Meters(1) == Meters(1), Meters(1) == 1, 1 == Meters(1))
try:
    Meters(1) + "x"
except TypeError as e:
    print(e)
print(sorted([Meters(3), Meters(1)]), max(Meters(3), Meters(9)))
