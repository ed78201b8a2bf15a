# Statement and expression shapes that the compiler fuses into single instructions, checked
# against CPython: subscripts, attributes, slices, tuples, closures, globals, in-place ops.
class P:
    def __init__(self):
        self.x = 1
        self.y = 2.5

a = [1, 2, 3]
d = {"k": 1, 2: "two"}
p = P()
for i in range(3):
    a[i] += i * 2
    d["k"] += 1
    p.x += i
    p.y *= 2
    a[0] = a[1] + a[2]
    p.x = p.x + 1
print(a, d, p.x, p.y, d[2] + "!", d["k"] * 2)

def counter():
    t = 0
    def h(step):
        nonlocal t
        t = t + step * 2
        return t
    h(1)
    h(2)
    return t
print(counter())

xs = [3, 1, 2, 9, 4]
print(xs[1:], xs[:-1], xs[1:4], (xs[0], xs[1]), [xs[0] - 1, xs[2] ** 2], xs[-1] in xs, 7 not in xs)
print(len(xs) + xs[0] * 2, max(xs[0] + 1, xs[1] * 3), xs[0] is xs[0], xs is not None)
s = "hello"
print(s[1:3] + s[-1], s[0] == "h", s[::2])
g = 10
def useg(n):
    global g
    g = g + n
    return g % 7, -g, ~g, not g, g // 3, g << 2, g >> 1, g & 6, g | 1, g ^ 5
print(useg(5), g)
m = [[1, 2], [3, 4]]
m[1][0] += m[0][1] * 3
m[0][0] -= m[1][1] // 2
print(m)
t = 0.5
for k in range(4):
    t = t * 1.5 - k / 4 + (k % 2) * 0.25
print(t)
big = 2 ** 62
big += big
print(big, big - 1, big * 3 // 7)
