# Loops with `if ...: break` in their body: the loop variables, what the break leaves, for-else,
# errors and their lines, iterators of every kind, nested loops with breaks in both.


def last_line(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno


def first_conflict(cols, row, c):
    ok = True
    k = 0
    for prev in cols:
        d = row - k
        if prev == c or prev - c == d or c - prev == d:
            ok = False
            break
        k += 1
    return ok, k


print([first_conflict([1, 3, 5, 0, 2, 4, 6], 7, c) for c in range(8)])
print(first_conflict([], 0, 0))


def find(xs, want):
    at = -1
    for i, x in enumerate(xs):
        if x == want:
            at = i
            break
    else:
        at = -2
    return at


print(find([4, 5, 6], 5), find([4, 5, 6], 7), find([], 1), find(range(10**6), 999999))


# a break first in the body, one with no statement, a jump-if-true condition, two breaks
def scan(xs):
    n = 0
    s = 0
    for x in xs:
        if x is None:
            break
        s += x
        if not x < 100:
            n = -1
            break
        n += 1
    return n, s


print(scan([1, 2, 3]), scan([1, None, 3]), scan([5, 200, 1]), scan([]))


# the loop variable keeps the value it had at the break; a dict's items, a string, a range
def last_seen(it, stop):
    v = "unset"
    for v in it:
        if v == stop:
            break
    return v


print(last_seen("abcdef", "c"), last_seen(range(5), 9), last_seen({"x": 1, "y": 2}, "x"), last_seen(iter([7, 8]), 8))


# errors in the condition and in the statement before the break, at their own lines
def bad(xs):
    t = 0
    for x in xs:
        t += 1
        if 10 // x > 3:
            t = x[0]
            break
    return t


for data in ([5, 0], [5, 2]):
    try:
        print(bad(data))
    except Exception as e:
        print(type(e).__name__, e, "at line", last_line(e))


# a generator as the iterator (run instruction by instruction), and a long loop
def gen():
    yield 1
    yield 2
    yield 3


print(last_seen(gen(), 2))
total = 0
for i in range(200000):
    total += i
    if total > 10**9:
        break
print(i, total)


# nested loops with breaks in both
def grid(n):
    found = []
    for i in range(n):
        for j in range(n):
            if i * j > 6:
                found.append((i, j))
                break
        if len(found) > 2:
            break
    return found


print(grid(10))
