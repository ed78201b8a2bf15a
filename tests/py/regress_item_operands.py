# Regression: list and tuple items as operands read in place by fused operators (subclasses, dicts, errors, unbound locals)
class L(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10

def arith(a, b, j):
    r = []
    r.append(a[0] - b[0])
    r.append(a[j] + b[j])
    r.append(a[-1] * b[-1])
    r.append(a[1] < b[1])
    r.append(a[j] == b[0])
    return r

print(arith([1, 2, 3], [4, 5, 6], 2))
print(arith((1.5, 2.5, 3.5), [0.25, 0.5, 0.75], 1))
print(arith(L([1, 2, 3]), [4, 5, 6], 0))
print(arith({0: 1, 1: 2, -1: 3, 2: 4}, [4, 5, 6], 2))
print(arith(["a", "b", "c"], ["x", "y", "z"], 1) if False else "skip")
for args in (([1], [2, 3], 0), ([1, 2], [3, 4], 5), ([1, 2], None, 0), ([1.0, 2.0], ["s", "t"], 0)):
    try:
        print(arith(*args))
    except Exception as e:
        print(type(e).__name__, e)

def unbound(flag):
    if flag:
        v = [1.0, 2.0]
    return v[0] - 1.0

try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

def aug(a, b, dt):
    a[0] -= b[1] * dt
    a[1] += dt * b[0]
    b[0] += a[0] - b[1]
    return a, b

print(aug([1.0, 2.0], [3.0, 4.0], 0.5))
print(aug([1, 2], [3, 4], 2))
print(aug([1.0, 2], [3, 4.0], 0.5))
try:
    print(aug([1.0], [3.0, 4.0], 0.5))
except IndexError as e:
    print("IndexError", e)
try:
    print(aug(["x", 2.0], [3.0, 4.0], 0.5))
except TypeError as e:
    print("TypeError", e)

def mixed(p, q, i):
    dx = p[0] - q[0]
    dy = p[i] - q[i]
    return dx * dx + dy * dy + (p[0] * q[i]) ** 0.5

print(mixed([3.0, 4.0], [0.0, 1.0], 1))
print(mixed([3, 4], [0, 1], 1))
print(mixed([3.0, 4.0], [0, 1.5], -1))
