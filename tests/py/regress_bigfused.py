# Regression: big-int operands in fused operators and comparisons take the direct int path (results normalise back to small ints, errors unchanged)
def f():
    big = 1 << 80
    small = 12345
    out = []
    out.append((big + small, big - big, small - big, big * 0, big * -small))
    out.append((big // 7, -big // 7, big % 7, -big % 7, big % -7, big // -small))
    out.append((big >> 79, big >> 200, -big >> 200, big << 3, (big & 0xFFFF), big | 1, big ^ big))
    out.append((big > small, big < small, big == big, big != small, small <= big, big >= big, big == (1 << 80)))
    n = 2 ** 53
    out.append((n + 1, n * 2 - n * 2, (n * 4) // 4 == n, type(n * 4 // 4)))
    x = big
    x %= 1000003
    out.append(x)
    x = big
    x //= big
    out.append((x, type(x)))
    for bad in (lambda: big // 0, lambda: big % 0, lambda: big << -1, lambda: big >> -1, lambda: big << 40):
        try:
            print(bad())
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    out.append((big / 3, big ** 2 if False else 0, True + big, big - True, big & True))
    return out
for r in f():
    print(r)
