# Loops whose instructions the VM runs together: `for x in xs` over a local list (its GET_ITER
# done with the load), a body's last fused statement going on into the jump back, runs of
# constant stores, `break` (pop, then jump), and `for` over a builtin call's result.


class Rev(list):
    def __iter__(self):
        yield from reversed(self[:])


def walk(xs, t, s, d):
    out = []
    for x in xs:
        out.append(x * 2)
    for y in t:
        out.append(y)
    for c in s:
        out.append(c)
    for k in d:
        out.append(k)
    return out


print(walk([1, 2], (3,), "ab", {"k": 1}))
print(walk(Rev([1, 2, 3]), (), "", {}))


def grow(xs):
    n = 0
    for x in xs:
        n += 1
        if x < 3:
            xs.append(x + 3)
    return n, xs


print(grow([0, 1, 2]))


def nested(n):
    total = 0
    for i in range(n):
        ok = True
        k = 0
        for j in range(i):
            if (i * j) % 7 == 3:
                ok = False
                break
            k += 1
        else:
            total += 100
        total += k if ok else -k
    return total


print(nested(30))


def searches(rows):
    found = []
    for r in rows:
        for v in r:
            if v < 0:
                found.append(v)
                break
        else:
            found.append(None)
    return found


print(searches([[1, -2, 3], [4, 5], [], [-1]]))


def iters(s):
    a = [c for c in reversed(s)]
    b = [(i, c) for i, c in enumerate(s)]
    t = 0
    for i in range(len(s)):
        t = t * 3 + i
    for c in sorted(s):
        t += ord(c)
    return a, b, t


print(iters("cab"))


def mutate_while_looping():
    xs = [1, 2, 3, 4]
    seen = []
    for x in xs:
        seen.append(x)
        if x == 2:
            xs.remove(3)
    return seen


print(mutate_while_looping())


def not_iterable(v):
    try:
        for _ in v:
            pass
    except TypeError as e:
        return str(e)


print(not_iterable(5), not_iterable(None))
