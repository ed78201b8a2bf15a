# `if` statements whose branches are simple statements run as one instruction (and loops with
# them in their body as one loop): conditions, branches, errors and their lines as before.


def last_line(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno


def mixed(n):
    t = 0
    odd = 0
    small = 0
    for i in range(n):
        if i % 3 == 0:
            t += i
        else:
            t -= 1
        if i & 1:
            odd += 1
        if not i < 5:
            small = small
        else:
            small += 1
    return t, odd, small


print(mixed(100), mixed(0), mixed(1))


# nested ifs, a block in a branch, a walrus in the condition
def nested(xs):
    a = b = c = 0
    for x in xs:
        if x > 0:
            if x > 10:
                a += 1
                b += x
            else:
                c += 1
        elif (y := -x) > 3:
            b -= y
        else:
            a = a
    return a, b, c


print(nested([1, 20, -5, 0, -2, 11, 7]))


# truth of other objects, and a __bool__ that counts its calls or raises
class Flag:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __bool__(self):
        Flag.calls += 1
        if self.v is None:
            raise ValueError("no truth")
        return self.v


def truths(items):
    yes = 0
    for it in items:
        if it:
            yes += 1
    return yes


print(truths([0, 1, "", "a", [], [0], None, Flag(True), Flag(False), 0.0, 2j]), Flag.calls)
try:
    truths([1, Flag(None), 2])
except ValueError as e:
    print("ValueError:", e, "at line", last_line(e))


# errors in the condition and in each branch, at their own lines
def failing(xs):
    t = 0
    for x in xs:
        if 10 // x > 2:
            t += 1
        else:
            t += len(x)
    return t


for data in ([1, 0], [1, 5]):
    try:
        print(failing(data))
    except Exception as e:
        print(type(e).__name__, e, "at line", last_line(e))


def branch_error(x):
    if x:
        y = 1
        z = x[5]
    else:
        z = 0
    return z


for v in ([1, 2], 0, "abcdefg"):
    try:
        print(branch_error(v))
    except IndexError as e:
        print("IndexError:", e, "at line", last_line(e))


# unbound locals assigned in only one branch
def maybe(flag):
    if flag:
        value = "set"
    return value


print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print("UnboundLocalError at line", last_line(e))


# an if at module level, and one whose condition has side effects
seen = []


def probe(v):
    seen.append(v)
    return v


total = 0
for i in range(6):
    if probe(i) % 2 and probe(-i):
        total += i
    else:
        total -= 1
print(total, seen)


# a pure function with an if statement is still memoized the same way: same results
def steps(n):
    s = 0
    if n % 2:
        s = 1
    else:
        s = 2
    return s + n


print([steps(i) for i in range(8)], sum(steps(i) for i in range(1000)))


# the line of every frame of a traceback through a condition and a branch
def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


class RaisingBool:
    def __bool__(self):
        raise KeyError("k")


def chain_f(xs):
    n = 0
    for x in xs:
        if x:
            n += 1
        else:
            n -= 1
    return n


def chain_g(xs):
    n = 0
    for x in xs:
        if x > 1:
            n += 1
        else:
            n -= [][x]
    return n


for fn, arg in ((chain_f, [1, RaisingBool()]), (chain_g, [3, 0])):
    try:
        fn(arg)
    except Exception as e:
        print(type(e).__name__, tb_lines(e))
