# Regression: memoized calls with equal but distinct tuple or bytes arguments shared one entry, so `is` on them gave the first call's answer
def count_same(seq, target):
    n = 0
    for item in seq:
        if item is target:
            n += 1
    for i in range(30):
        pass
    return n


p, q = tuple([1]), tuple([1])
print(p == q, p is q)
print(count_same((p, p), p), count_same((q, q), p), count_same((p, q), q), count_same((q, q), q))
b1, b2 = bytes([65, 66]), bytes([65, 66])
print(count_same((b1,), b1), count_same((b2,), b1), count_same((b1, b2), b2))


def weighted(seq, target):
    # the identity test is in a function this one calls
    s = 0
    for i in range(20):
        s += i
    return s + count_same(seq, target)


print(weighted((p, q), p), weighted((q, q), p), weighted((p, p), p))


def same(a, b):
    for i in range(30):
        pass
    return a is b


print(same(p, p), same(p, q), same(q, q), same(q, p))
nested1, nested2 = (p, "x"), (q, "x")
print(same(nested1[0], p), same(nested2[0], p))


def not_none(t):
    # `is None` cannot tell equal tuples apart: still correct either way
    n = 0
    for x in t:
        if x is not None:
            n += 1
    return n


print(not_none((p, None, q)), not_none((q, None, p)))
