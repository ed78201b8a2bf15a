# Operators applied to call results (values already on the VM stack) fuse with what follows them.
def f(x): return x * 2
def g(a, b): return a - b
acc = 0
for i in range(5):
    acc += f(i)
    acc = acc + f(i) * 2 - g(i, 1)
    if f(i) > 4 and g(i, 2) < 3:
        acc -= 1
    t = (f(i) + 1, -f(i), f(i) % 3, f(i) in [2, 4], f(i) is None, not f(i))
    lst = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    lst[f(i) // 2] += g(i, 0)
    print(acc, t, lst[i], f(i) // 3 + g(f(i), i) * 2, str(f(i)) + "x", [f(i)][0] + 1)
class C:
    def v(self): return 3.5
c = C()
print(c.v() * 2 + c.v(), -c.v() ** 2, c.v() / 2)
def h():
    return f(3) + g(5, f(1)) * 2
print(h())
try:
    x = f(1) + "a"
except TypeError as e:
    print(e)
