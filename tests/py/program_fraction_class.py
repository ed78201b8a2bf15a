# Fraction-like number class
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if isinstance(n, Frac):
            n, d = n.n * d, n.d
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @classmethod
    def _coerce(cls, o):
        if isinstance(o, Frac): return o
        if isinstance(o, int): return cls(o)
        return None
    def __repr__(self): return f"Frac({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __add__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return o - self
    def __mul__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return o / self
    def __pow__(self, e):
        if e >= 0:
            return Frac(self.n ** e, self.d ** e)
        return Frac(self.d ** -e, self.n ** -e)
    def __neg__(self): return Frac(-self.n, self.d)
    def __abs__(self): return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return self.n * o.d < o.n * self.d
    def __le__(self, o): return self == o or self < o
    def __hash__(self): return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d)
    def __bool__(self): return self.n != 0
    def __round__(self, nd=None):
        if nd is None:
            return round(float(self))
        return round(float(self), nd)
h = Frac(1, 2); t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, t - h, 1 + h, 1 - h, 2 * t, 1 / t, h ** 3, t ** -2, -h, abs(-h))
print(repr(Frac(6, -4)), Frac(Frac(1, 2), 3), Frac(0, 5), bool(Frac(0, 5)), float(Frac(7, 4)), int(Frac(7, 4)), round(Frac(7, 3), 3), round(Frac(5, 2)))
print(h == Frac(2, 4), h == 0.5, Frac(4, 2) == 2, 2 == Frac(4, 2), h < t, t < h, h <= Frac(1, 2), sorted([h, t, Frac(-1, 7), Frac(5)]))
print(sum([Frac(1, n) for n in range(1, 7)]), {Frac(2, 1): "two"}[Frac(4, 2)], len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h + 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    h < "x"
except TypeError as e:
    print("TypeError:", e)
def harmonic(n):
    s = Frac(0)
    for k in range(1, n + 1):
        s += Frac(1, k)
    return s
print(harmonic(10), f"{float(harmonic(10)):.6f}")
