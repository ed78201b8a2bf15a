# polynomial class
class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    @property
    def degree(self): return len(self.c) - 1
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def __add__(self, o):
        if isinstance(o, (int, float)): o = Poly(o)
        n = max(len(self.c), len(o.c))
        return Poly(*[(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self): return Poly(*[-a for a in self.c])
    def __sub__(self, o): return self + (-o if isinstance(o, Poly) else Poly(-o))
    def __rsub__(self, o): return -self + o
    def __mul__(self, o):
        if isinstance(o, (int, float)): o = Poly(o)
        r = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                r[i + j] += a * b
        return Poly(*r)
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Poly(1)
        for _ in range(n): r = r * self
        return r
    def __eq__(self, o):
        if isinstance(o, (int, float)): o = Poly(o)
        return isinstance(o, Poly) and self.c == o.c
    def __hash__(self): return hash(tuple(self.c))
    def derivative(self):
        return Poly(*[i * a for i, a in enumerate(self.c)][1:]) if len(self.c) > 1 else Poly(0)
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1: continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            if i == 0: body = f"{a}"
            elif i == 1: body = ("" if a == 1 else f"{a}") + "x"
            else: body = ("" if a == 1 else f"{a}") + f"x^{i}"
            terms.append((sign, body))
        s = "".join(f" {sg} {b}" for sg, b in terms).strip()
        if s.startswith("+ "): s = s[2:]
        elif s.startswith("- "): s = "-" + s[2:]
        return s
x = Poly(0, 1)
p = (x + 1) ** 3
print(p, p.degree, p(2), p.derivative(), p.derivative()(1))
q = 3 * x ** 2 - 2 * x + 5
print(q, q - q, q - 5, 5 - q, q * 0, q == Poly(5, -2, 3), q == 5, Poly(7) == 7)
print([q(v) for v in range(-2, 3)], (x - 1) * (x + 1), {p: "cube"}[(1 + x) ** 3])
def newton(f, x0, steps=6):
    df = f.derivative()
    for _ in range(steps):
        x0 = x0 - f(x0) / df(x0)
    return x0
print(round(newton(x ** 2 - 2, 1.0), 10))
