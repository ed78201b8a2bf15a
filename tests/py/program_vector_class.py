# vector class, full featured
class Vector:
    __slots__ = ("_c",)
    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], (int, float)):
            components = tuple(components[0])
        self._c = tuple(components)
    def __len__(self): return len(self._c)
    def __iter__(self): return iter(self._c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(self._c[i])
        return self._c[i]
    def __repr__(self):
        return f"Vector({', '.join(map(repr, self._c))})"
    def __str__(self):
        return "<" + ", ".join(f"{c:g}" for c in self._c) + ">"
    def __format__(self, spec):
        if spec.endswith("p"):
            spec = spec[:-1]
            r = abs(self)
            return f"<{r:{spec}}, ...>"
        return "(" + ", ".join(format(c, spec) for c in self._c) + ")"
    def _check(self, o):
        if not isinstance(o, Vector):
            return False
        if len(o) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(o)}")
        return True
    def __add__(self, o):
        if not self._check(o): return NotImplemented
        return Vector(a + b for a, b in zip(self, o))
    def __sub__(self, o):
        if not self._check(o): return NotImplemented
        return Vector(a - b for a, b in zip(self, o))
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(a * k for a in self)
        if isinstance(k, Vector):
            self._check(k)
            return sum(a * b for a, b in zip(self, k))
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return Vector(a / k for a in self)
    def __neg__(self): return Vector(-a for a in self)
    def __abs__(self): return sum(a * a for a in self) ** 0.5
    def __bool__(self): return any(self._c)
    def __eq__(self, o):
        return isinstance(o, Vector) and self._c == o._c
    def __hash__(self): return hash(self._c)
    def __lt__(self, o): return abs(self) < abs(o)
    def __le__(self, o): return abs(self) <= abs(o)
    def normalized(self):
        n = abs(self)
        if not n:
            raise ZeroDivisionError("cannot normalize zero vector")
        return self / n
v = Vector(3, 4); w = Vector([1, 2])
print(v, repr(w), len(v), v[0], v[-1], v[:1], list(v))
print(v + w, v - w, v * 2, 2 * v, v * w, -v, abs(v), v / 2)
print(f"{v:.2f}", f"{v:5.1fp}", format(w, "03d"))
print(bool(v), bool(Vector(0, 0)), v == Vector(3.0, 4.0), v != w, {v, Vector(3, 4)} == {v})
print(sorted([v, w, Vector(0, 1)]), max([v, w]), v >= w, v > w)
print(v.normalized(), Vector(1, 1, 1, 1).normalized())
try:
    Vector(0, 0).normalized()
except ZeroDivisionError as e:
    print(e)
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print(e)
try:
    v + 1
except TypeError as e:
    print(e)
try:
    v * "s"
except TypeError as e:
    print(e)
try:
    v.extra = 1
except AttributeError as e:
    print(e)
x, y = v
print(x, y, *w, sum(v), tuple(v + w))
