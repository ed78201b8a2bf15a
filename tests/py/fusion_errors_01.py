class V:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        if self.n < 3 and o == 1:
            box[0] += 5
        return V(self.n + (o.n if isinstance(o, V) else o))
    def __repr__(self): return f"V({self.n})"
box = [V(0)]
box[0] += V(1)
print(box)
class P:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x * 10
    @x.setter
    def x(self, v): self._x = v
p = P()
p.x += 5
print(p._x)
class S:
    __slots__ = ("a",)
s = S()
try:
    s.a += 1
except AttributeError as e:
    print("AE", e)
def f():
    try:
        y = q + 1
    except NameError as e:
        print(e)
    try:
        z = w * 2
        w = 3
    except UnboundLocalError as e:
        print(e)
f()
d = {}
try:
    d["x"] += 1
except KeyError as e:
    print("KE", e)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print(e)
l = [1]
try:
    l[5] = l[0] + 1
except IndexError as e:
    print(e)
a = [1, 2]; a[-1] += 10; print(a)
x = 2; x **= 10; print(x)
m = [[1,2],[3,4]]
m[1][0] += m[0][1] * 3
print(m)
