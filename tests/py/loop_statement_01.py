# Loops of one fused statement or block per item (run in one instruction): results, filters,
# errors at the failing statement's line, and the loop variable left as CPython leaves it.
def checksum(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h
def total(xs):
    t = 0
    for x in xs:
        if x % 3:
            t += x * x
    return t, x
def move(bs, dt):
    for b in bs:
        b[0] += dt * b[2]
        b[1] -= dt
    return bs
print(checksum("hello world"), total(range(10)), move([[0.0, 0.0, 2.0], [1.0, 1.0, -1.0]], 0.5))
def bad(xs):
    n = 0
    for x in xs:
        n += 10 // x
    return n
try:
    bad([1, 2, 0, 4])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def partial(d, keys):
    acc = []
    s = 0
    for k in keys:
        s += d[k]
        acc = acc + [s]
    return acc
try:
    partial({"a": 1, "b": 2}, "abc")
except KeyError as e:
    print("KeyError:", e)
print(partial({"a": 1, "b": 2}, "abba"))
def gen_source():
    t = 0
    for v in (x * 2 for x in range(5)):
        t += v
    return t
print(gen_source())
