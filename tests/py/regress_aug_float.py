# Augmented assignments whose right-hand side is float arithmetic (`a[3] -= dx * mb`): the
# target's current value is read in place by the unboxed float evaluation; an int, a str, a
# user object or a missing item there takes the boxed path with Python's result or error.


class V:
    def __init__(self):
        self.x = 1.5

    def __rsub__(self, other):
        return "rsub"


a = [0.5, 2.0, 3, "s", V()]
dx, mb = 0.25, 4.0
for _ in range(3):
    a[0] -= dx * mb
    a[1] += dx * mb * 2.0
    a[2] -= dx * mb
print(a[:3])
o = V()
o.x *= dx + mb
print(o.x)
t = 1.0
for i in range(5):
    t += dx * i + 0.5
print(t)
n = 7
n -= dx * mb
print(n, type(n).__name__)
for target in (3, 4):
    try:
        a[target] -= dx * mb
        print(a[target])
    except TypeError as e:
        print("TypeError:", e)
try:
    a[9] += dx * mb
except IndexError as e:
    print("IndexError:", e)
big = [1e308]
big[0] += 1e308 * 1.0
print(big)
z = [0.0]
try:
    z[0] += 1.0 / z[0]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
