# Properties computed from other attributes, read-only, caching by hand
class Rect:
    def __init__(self, w, h):
        self._w, self._h = w, h
        self._area = None
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, v):
        self._w = v
        self._area = None
    @property
    def area(self):
        if self._area is None:
            print("(computing area)")
            self._area = self._w * self._h
        return self._area
r = Rect(2, 3)
print(r.area, r.area)
r.w = 10
print(r.area, r.area)
print(type(Rect.area).__name__, Rect.w.fget(r))
class Temp:
    def __init__(self):
        self._c = 0
    def _get_f(self):
        return self._c * 9 / 5 + 32
    def _set_f(self, f):
        self._c = (f - 32) * 5 / 9
    fahrenheit = property(_get_f, _set_f, doc="temperature in F")
t = Temp()
t.fahrenheit = 212
print(t._c, t.fahrenheit)
