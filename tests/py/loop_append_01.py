# `for x in xs: [if c:] out.append(v)` loops, run in one instruction when `out` is an exact list:
# other receivers, rebinding, errors and their lines, and iterating the list being appended to.
def build(xs):
    out = []
    for x in xs:
        out.append(x * x)
    odd = []
    for x in xs:
        if x % 2:
            odd.append(-x)
    return out, odd
print(build([1, 2, 3, 4]), build(range(3)), build("")[0])

class Log:
    def __init__(self):
        self.items = []
    def append(self, v):
        self.items.append(("log", v))
def other(xs):
    out = Log()
    for x in xs:
        out.append(x)
    return out.items
print(other([1, 2]))

class MyList(list):
    def append(self, v):
        super().append(v * 100)
def sub(xs):
    out = MyList()
    for x in xs:
        out.append(x)
    return out
print(sub([1, 2]))

def rebound(xs):
    out = []
    first = out
    for x in xs:
        out.append(x)
        if x == 2:
            break
    return first, out
print(rebound([1, 2, 3]))

def unbound(xs):
    for x in xs:
        res.append(x)
    res = []
try:
    unbound([1])
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def failing(xs):
    out = []
    for x in xs:
        if 10 // x:
            out.append(x)
    return out
try:
    failing([5, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def grow():
    out = [1]
    n = 0
    for x in out:
        n += 1
        if n < 5:
            out.append(x + 1)
    return out
print(grow())

def from_gen(n):
    out = []
    for x in (i * 3 for i in range(n)):
        out.append(x)
    return out
print(from_gen(4))
def keyed(d):
    out = []
    for k in d:
        out.append(d[k])
    return out
print(keyed({"a": 1, "b": 2}))
