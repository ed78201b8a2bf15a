# property with setter / deleter
class Temp:
    def __init__(self, c=0.0):
        self._c = c
    @property
    def celsius(self):
        """Celsius degrees"""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temp(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(t.celsius)
print(type(Temp.celsius).__name__)
print(Temp.fahrenheit.fdel, Temp.celsius.fget.__name__)
class RO:
    @property
    def x(self): return 1
r = RO()
try:
    r.x = 2
except AttributeError as e:
    print(e)
try:
    del r.x
except AttributeError as e:
    print(e)
# property via function call
class P2:
    def getx(self): return self._x
    def setx(self, v): self._x = v * 2
    x = property(getx, setx, None, "doc of x")
p = P2(); p.x = 5
print(p.x)
# property in subclass override
class Base:
    @property
    def val(self): return "base"
class Derived(Base):
    @property
    def val(self): return "derived+" + super().val
print(Derived().val)
class Derived2(Base):
    @Base.val.getter
    def val(self): return "getter replaced"
print(Derived2().val, Base().val)
# property shadowing instance dict
class Sh:
    @property
    def v(self): return "prop"
s = Sh()
s.__dict__["v"] = "dict"
print(s.v)
