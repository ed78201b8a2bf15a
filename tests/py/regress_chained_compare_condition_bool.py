# Regression: a chained comparison used as a condition asked a false intermediate link's __bool__ twice
class B:
    def __init__(self, v, n):
        self.v = v
        self.n = n

    def __bool__(self):
        print("  bool", self.n, self.v)
        return self.v


class C:
    def __init__(self, n, res):
        self.n = n
        self.res = res

    def __lt__(self, o):
        return B(self.res, self.n)


def mk(rs):
    return [C(i, r) for i, r in enumerate(rs)] + [C(len(rs), True)]


def run(rs):
    a = mk(rs)
    x, y, z = a[0], a[1], a[2]
    w = a[3] if len(a) > 3 else z
    print("if")
    if x < y < z:
        print("  yes")
    print("if 4 links")
    if x < y < z < w:
        print("  yes")
    print("elif / else")
    if x is None:
        pass
    elif x < y < z:
        print("  yes")
    else:
        print("  no")
    print("while")
    n = 0
    while x < y < z < w:
        n += 1
        if n == 2:
            break
    print("  ", n)
    print("while not")
    n = 0
    while not (x < y < z):
        n += 1
        if n == 2:
            break
    print("  ", n)
    print("assert")
    try:
        assert x < y < z, "failed"
    except AssertionError as e:
        print("  ", e)
    print("ternary")
    print("  ", "yes" if x < y < z else "no")
    print("chain in a ternary used as a condition")
    if (x < y < z if n >= 0 else None):
        print("  yes")
    print("comprehension filters")
    print("  ", [i for i in [1] if x < y < z], list(i for i in [2] if not x < y < z))
    print("not")
    if not (x < y < z):
        print("  yes")
    print("and / or")
    if (x < y < z) and x is not None:
        print("  yes")
    if (x < y < z) or x is None:
        print("  yes")
    if x is not None and x < y < z:
        print("  yes")
    print("lambda")
    print("  ", (lambda: 1 if x < y < z else 2)())
    print("match guard")
    match n:
        case _ if x < y < z:
            print("  yes")
    print("assignment")
    v = x < y < z
    print("  ", type(v).__name__)


for rs in [(False, True), (True, False), (True, True), (False, True, True), (True, False, True), (True, True, False)]:
    print("====", rs)
    run(rs)


class Boom:
    def __bool__(self):
        raise ValueError("boom")


class D:
    def __lt__(self, o):
        return Boom()


try:
    if D() < D() < D():
        pass
except ValueError as e:
    print("ValueError", e)
