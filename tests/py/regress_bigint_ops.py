# Big-int floor division, modulo, add, sub, mul and shifts at the edges of the number/bigint
# boundary (2^53) and of the 128-bit range (OverflowError past it, here shown as OVF), with
# every sign combination and a zero divisor.
MAXI = (1 << 126) - 1 + (1 << 126)
MINI = -(1 << 126) - (1 << 126)
M = (1 << 121) - 1
def rng(f):
    try:
        r = f()
    except OverflowError:
        return "OVF"
    except ZeroDivisionError:
        return "ZDE"
    if isinstance(r, tuple):
        return r
    if r > MAXI or r < MINI:
        return "OVF"
    return r
vals = [0, 1, -1, 7, -7, (1 << 53) - 1, -(1 << 53) + 1, 1 << 53, -(1 << 53), (1 << 60) + 5, -(1 << 60) - 5, M, -M, (1 << 126), -(1 << 126), MAXI, MINI, MAXI - 5, MINI + 5]
divs = [1, -1, 3, -3, 977, -977, (1 << 60) + 1, -(1 << 60) - 1, M, -M, MAXI, MINI, 0]
out = []
for a in vals:
    for b in divs:
        out.append(rng(lambda: a // b))
        out.append(rng(lambda: a % b))
        out.append(rng(lambda: a + b))
        out.append(rng(lambda: a - b))
        out.append(rng(lambda: a * b))
    for k in (0, 1, 3, 53, 60, 66, 100, 126, 127, 128, 200, 201, 1000):
        out.append(rng(lambda: a << k))
        out.append(rng(lambda: a >> k))
print(len(out))
for i in range(0, len(out), 13):
    print(out[i:i + 13])
