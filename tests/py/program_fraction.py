# a Fraction class with operators, formatting and continued fractions
def gcd(a, b):
    while b: a, b = b, a % b
    return abs(a)
class Frac:
    __match_args__ = ("num", "den")
    def __init__(self, num, den=1):
        if den == 0: raise ZeroDivisionError(f"Frac({num}, 0)")
        if den < 0: num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x) if isinstance(x, int) else NotImplemented
    def __add__(self, o):
        o = Frac.of(o)
        if o is NotImplemented: return o
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __neg__(self): return Frac(-self.num, self.den)
    def __sub__(self, o): return self + (-Frac.of(o))
    def __rsub__(self, o): return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o): return Frac.of(o) / self
    def __pow__(self, k): return Frac(self.num ** k, self.den ** k) if k >= 0 else Frac(self.den ** -k, self.num ** -k)
    def __eq__(self, o):
        o = Frac.of(o)
        return o is not NotImplemented and (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = Frac.of(o); return self.num * o.den < o.num * self.den
    def __le__(self, o): return self == o or self < o
    def __hash__(self): return hash((self.num, self.den))
    def __float__(self): return self.num / self.den
    def __int__(self): return int(self.num / self.den)
    def __floor__(self): return self.num // self.den
    def __repr__(self): return f"Frac({self.num}, {self.den})"
    def __str__(self): return f"{self.num}" if self.den == 1 else f"{self.num}/{self.den}"
    def __format__(self, spec):
        if spec.endswith("m"):
            whole, rem = divmod(abs(self.num), self.den)
            sign = "-" if self.num < 0 else ""
            s = f"{sign}{whole} {rem}/{self.den}" if whole and rem else str(self)
            return format(s, spec[:-1])
        return format(float(self), spec) if spec else str(self)
    def cf(self):
        n, d, out = self.num, self.den, []
        while d:
            q, r = divmod(n, d); out.append(q); n, d = d, r
        return out
a, b = Frac(1, 3), Frac(-5, 12)
print(a + b, a - b, a * b, a / b, a ** 3, b ** -2, 1 + a, 2 - a, 3 * b, 1 / a, a + 0, -b)
print(repr(a), str(b), f"{a:.4f}", f"{b:>10m}|", f"{Frac(22, 7):m}", f"{Frac(-22, 7):m}", f"{Frac(6, 3)}", f"{a:e}", "%s %r" % (a, b))
print(sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), Frac(-1, 7)]), max(a, b), min([a, b, Frac(0)]), a == Frac(2, 6), a != Frac(1, 3), a == 1, Frac(4, 2) == 2)
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), sum([Frac(1, n) for n in range(1, 7)], Frac(0)), float(Frac(1, 8)), int(Frac(-7, 2)), Frac(355, 113).cf(), Frac(1, 1).cf())
h = Frac(0)
for n in range(1, 21): h += Frac(1, n)
print(h, f"{h:.10f}", h.cf()[:6])
match Frac(3, 4):
    case Frac(n, 4):
        print("quarter", n)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
