# Functions whose body is straight-line code run without a frame switch; tracebacks keep the callee.
def entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)
print(entry(1, 2), entry(0, 0))
def div(a, b):
    return a / b
def g():
    return div(1, 0)
try:
    g()
except ZeroDivisionError as e:
    import_ok = True
    print("caught", e)
class P:
    def __init__(self, x): self.x = x
    def get(self): return self.x
    def twice(self, k=2): return self.x * k
p = P(5)
print(p.get(), p.twice(), p.twice(3))
def unb():
    return y
    y = 1
try:
    unb()
except UnboundLocalError as e:
    print(e)
class R:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        return add1(self.n) + o
def add1(x):
    return x + 1
print(R(1) + 2)
def rec_through_dunder(n):
    return n + R(n)
class S:
    def __radd__(self, o): return helper(o)
def helper(o):
    return o * 2 if o < 3 else o
print(1 + S())
def fails(x):
    y = x + 1
    return y / 0
try:
    fails(1)
except ZeroDivisionError as e:
    print("fails:", e)
