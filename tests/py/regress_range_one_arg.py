# range(x) with one argument is entered directly: a plain int makes the range at once, anything
# else (bool, big int, __index__, a wrong type) takes range's own checks, in a call, a fused
# expression and a loop header alike.


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def loops(ks):
    out = []
    for k in ks:
        t = 0
        for _ in range(k):
            t += 1
        out.append(t)
    return out


def lengths(ks):
    return [len(range(k)) for k in ks]


print(loops([0, 1, 2, 3, -2, True, False, Idx(4)]))
print(lengths([5, True, Idx(3)]), range(10 ** 20)[-1])
r = range(7)
print(r, r[-1], list(range(3)), range(2 ** 70)[-1])
for bad in [2.5, "3", None, [1]]:
    try:
        range(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(n=3)
except TypeError as e:
    print("TypeError:", e)
print(type(range(3)).__name__, range(3) == range(0, 3), isinstance(range(1), range))
