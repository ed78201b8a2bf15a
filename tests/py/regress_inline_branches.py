# Regression: frameless calls of small branching functions
# Small functions whose bodies branch forward (no loops) run without a frame of their own:
# every branch, early returns, re-entry, and errors raised on either side.

def clamp(x, lo, hi):
    if x < lo:
        return lo
    elif x > hi:
        return hi
    return x


def sign_name(x):
    if x > 0:
        r = "pos"
    elif x < 0:
        r = "neg"
    else:
        r = "zero"
    return r


def maybe(x):
    if x:
        y = x * 2
    return y          # unbound when x is falsy


def pick(a, b):
    if a is None or b is None:
        return None
    if not a:
        return b
    return a if a > b else b


def nested_call(f, x):
    if x > 0:
        v = f(x - 1)
    else:
        v = 0
    return v + 1


class Box:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, v):
        if self.head is None:
            self.head = v
        else:
            self.size += 1
        self.size += v

    def take(self):
        v = self.head
        if v is None:
            return -1
        self.head = None
        return v


def divide(a, b):
    if b == 0:
        q = a // b
    else:
        q = a / b
    return q


print([clamp(i, 2, 5) for i in range(8)])
print([sign_name(i) for i in (-2, 0, 3)])
print(maybe(3))
try:
    maybe(0)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(pick(None, 1), pick(0, 4), pick(7, 3), pick(2, 9))


def rec(x):
    return nested_call(rec, x)


print(rec(5))
b = Box()
for i in range(6):
    b.push(i)
print(b.size, b.head, b.take(), b.take())
print(divide(7, 2))
try:
    divide(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
total = 0
for i in range(2000):
    total += clamp(i % 37, 5, 30) + len(sign_name(i - 1000))
print(total)
