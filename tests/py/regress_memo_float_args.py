# Regression: memoized calls with equal but distinct float arguments shared one entry (`is` gave the first call's answer), and NaN arguments, which `==` and `in` tell apart by identity, too
def same(a, b):
    for i in range(30):
        pass
    return a is b


x, y = float("2.5"), float("2.5")
print(x == y, x is y)
print(same(x, x), same(x, y), same(y, y), same(y, x))


def count_same(seq, target):
    n = 0
    for item in seq:
        if item is target:
            n += 1
    for i in range(30):
        pass
    return n


print(count_same((x, x, y), x), count_same((y, y, y), x), count_same((x, y), y))

nan1, nan2 = float("nan"), float("nan")


def has(value, seq):
    for i in range(30):
        pass
    return value in seq


print(has(nan1, (nan1,)), has(nan2, (nan1,)), has(nan1, (nan2,)), has(nan1, (1.0, nan1)))


def equal(a, b):
    for i in range(30):
        pass
    return a == b


print(equal((nan1,), (nan1,)), equal((nan1,), (nan2,)), equal((nan2,), (nan2,)), equal(nan1, nan1))


def describe(v):
    for i in range(30):
        pass
    return repr(v) + " " + repr(v * 2)


print(describe(0.0), describe(-0.0), describe(0.0), describe(0), describe(False))


def half(v):
    s = 0.0
    for i in range(30):
        s += v
    return s / 60


a, b = half(3.0), half(3.0)
print(a, b, a == b, a is b)
