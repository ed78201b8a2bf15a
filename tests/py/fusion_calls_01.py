# Calls whose callee, receiver and arguments the compiler fuses into the call instruction:
# evaluation order, errors at each step, keyword arguments, returns of locals and constants,
# and generators driven by for loops that store straight into a local.
log = []

def note(tag, value):
    log.append(tag)
    return value

class Box:
    def __init__(self, v):
        self.v = v
    def add(self, a, b=0):
        return self.v + a + b
    def get(self):
        return self.v

b = Box(10)
print(b.add(1), b.add(2, b=3), b.add(a=4), b.get())
print(note("recv", b).add(note("arg1", 1), note("arg2", 2)), log)
log.clear()
try:
    note("recv", b).missing(note("arg", 1))
except AttributeError as e:
    print("AttributeError", e, log)

def ret_local(x):
    y = x * 2
    return y

def ret_const(x):
    if x:
        return 5
    return None

def ret_unbound(flag):
    if flag:
        z = 1
    return z

print(ret_local(4), ret_const(1), ret_const(0))
try:
    ret_unbound(False)
except UnboundLocalError as e:
    print(e)

def gen(n):
    for i in range(n):
        yield i * i
    return "done"

total = 0
for v in gen(5):
    total += v
print(total)

def pairs():
    yield (1, 2)
    yield (3, 4)

for a, c in pairs():
    print(a + c, end=" ")
print()

def kw(a, *, key=1, **rest):
    return a, key, sorted(rest.items())

print(kw(1), kw(2, key=3), kw(3, key=4, other=5))
print(max(3, 9, 2), len([1, 2, 3]) + len("ab"), abs(-3) * 2)
try:
    undefined_function(1, 2)
except NameError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
f = None
try:
    f(1)
except TypeError as e:
    print(e)
