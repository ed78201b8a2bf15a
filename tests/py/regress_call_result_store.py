# A call stores its result into the local after it, or drops it, itself (a builtin's or a
# str/list/dict method's direct entry, a function or method run inline, and the return of a
# function run in a frame of its own): the value lands where the STORE_FAST or POP_TOP would put
# it, also when that instruction is a jump target another path reaches with its own value.


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def add(a, b=10):
    return a + b


def kw(a, c=1):
    return a * 100 + c


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, k):
        return self.v + k

    def bad(self):
        return self.v / 0


def stores(words):
    out = []
    for w in words:
        s = w.strip()
        u = s.upper()
        n = len(s)
        t = add(n)
        k = kw(n, c=7)
        out.append(s)
        out.append(u)
        out.append(n)
        out.append(t)
        out.append(k)
    return out


def discards(items):
    seen = []
    for x in items:
        seen.append(x)
        seen.append(x * 2)
        len(seen)
        add(x)
    seen.pop()
    return seen


def join_targets(flag, s):
    # the STORE_FAST after the call is also where the other branch jumps to
    x = s if flag else s.upper()
    y = s.lower() if flag else s
    z = s.replace("a", "b") if flag else add(1, 2)
    return x, y, z


def same_local(s):
    s = s.strip()
    s = s.replace(" ", "-")
    s = s.split("-")
    return s


def method_results(n):
    b = Box(5)
    acc = []
    for i in range(n):
        r = b.get(i)
        acc.append(r)
        b.get(i)
    return acc


def unbound_after():
    try:
        q = len(undefined_name)
    except NameError as e:
        return "NameError", lines(e)
    return q


def failing_call():
    b = Box(1)
    try:
        r = b.bad()
        return r
    except ZeroDivisionError as e:
        return str(e), lines(e)


def failing_builtin(xs):
    try:
        v = xs.index(99)
        return v
    except ValueError as e:
        return str(e), lines(e)


def looped(n):
    # a loop in the body: called in a frame of its own
    t = 0
    for i in range(n):
        t += i
    return t


class Acc:
    def __init__(self, xs):
        self.total = 0
        for x in xs:
            self.total += x

    def spread(self, k):
        out = []
        for i in range(k):
            out.append(self.total + i)
        return out


def framed(ns):
    got = []
    for n in ns:
        v = looped(n)
        looped(n)
        a = Acc(range(n))
        w = a.spread(2)
        a.spread(3)
        got.append((v, a.total, w))
    u = looped(3) if ns else looped(4)
    return got, u


def native_errors(words):
    # a str/list/dict method's direct entry gets its arguments as they come: an argument that
    # fails, or the method itself, raises at the call's line, and the loop goes on after
    out = []
    d = {}
    for w in words:
        try:
            out.append(w.index("z"))
        except ValueError as e:
            out.append(("index", str(e), lines(e)))
        try:
            out.append(d.get([w], 0))
        except TypeError as e:
            out.append(("get", str(e), lines(e)))
        try:
            out.append(w.replace(w, 1 // (len(w) - 2)))
        except ZeroDivisionError as e:
            out.append(("arg", str(e), lines(e)))
        except TypeError as e:
            out.append(("replace", str(e), lines(e)))
        d[w] = d.get(w, 0) + 1
    try:
        out.append(w.startswith(missing))
    except NameError as e:
        out.append(("name", str(e), lines(e)))
    return out, d


def stack_untouched(xs):
    # the stores happen while values of an enclosing expression sit on the stack
    total = 0
    for x in xs:
        total += len(str(x))
        y = str(x)
        total = total + len(y)
    return total


print(stores(["  ab ", "c", " dee"]))
print(discards([1, 2, 3]))
print(join_targets(True, "Ab"), join_targets(False, "Ab"))
print(same_local("  a b c "))
print(method_results(4))
print(unbound_after())
print(failing_call())
print(failing_builtin([1, 2]))
print(stack_untouched([1, 22, 333]))
print(framed([0, 3, 5]), framed([]))
print(native_errors(["az", "abc", "az"]))
