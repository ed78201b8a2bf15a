# generator.send() called as a method runs the generator's frame in the VM's own loop: results, StopIteration, errors, delegation, re-entry.
def acc():
    t = 0
    while True:
        x = yield t
        if x is None:
            return t
        t += x
g = acc()
print(next(g), g.send(1), g.send(2), g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    g.send(1)
except StopIteration as e:
    print("stop again", e.value, e.args)
g2 = acc()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError", e)
print(g2.send(None), g2.send(10))
def inner():
    a = yield "i1"
    b = yield f"i2 {a}"
    return a + b
def outer():
    r = yield from inner()
    c = yield f"outer got {r}"
    return c * 2
o = outer()
print(next(o), o.send(1), o.send(2))
try:
    o.send(21)
except StopIteration as e:
    print("outer returned", e.value)
def raiser():
    x = yield 1
    raise ValueError(f"bad {x}")
r = raiser()
next(r)
try:
    r.send(7)
except ValueError as e:
    print("ValueError", e)
def stops():
    yield 1
    raise StopIteration("inside")
s = stops()
next(s)
try:
    s.send(None)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def reent():
    x = yield
    yield g3.send(x)
g3 = reent()
next(g3)
try:
    g3.send(1)
except ValueError as e:
    print("ValueError", e)
def noneret():
    yield 1
    return None
n = noneret()
next(n)
try:
    n.send(5)
except StopIteration as e:
    print("none", e.args, e.value)
def counter():
    i = 0
    while True:
        i += (yield i) or 1
c = counter()
next(c)
print([c.send(k) for k in range(5)])
total = 0
a = acc(); next(a)
for i in range(10000):
    total = a.send(i)
print(total)
