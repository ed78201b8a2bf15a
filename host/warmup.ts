// A short Python program that executes the dispatch loop's common paths (every call and return
// kind, the fast iterators, subscripts, attribute caches, int/float/str operators, exceptions,
// generators) once. The host runs it the first time a program has been running long enough to
// be paused by time-slicing: V8 then has type feedback for those paths before it optimizes the
// loop. Without it, a program that reaches a path for the first time after optimization throws
// the optimized loop away and waits for a recompile (measured: up to 2x on programs that move
// between phases, such as dict_str.py); programs shorter than one time slice never pay for it.

export const WARMUP_SOURCE = `
def plain(a, b):
    return a + b

def const_ret(a):
    if a:
        return 1
    return None

def clamp(x, lo, hi):
    if x < lo:
        r = lo
    elif x > hi:
        return hi
    else:
        r = x
    return r

def local_ret(a):
    x = a * 2
    return x

def defaults(a, b=2, *args, c=3, **kw):
    return a + b + c + len(args) + len(kw)

def gen(n):
    for i in range(n):
        yield i

def outer():
    count = 0
    def inner(step):
        nonlocal count
        count += step
        return count
    inner(1)
    return inner(2)

class Base:
    kind = "base"
    def __init__(self, v):
        self.v = v
        self.items = []
    def get(self):
        return self.v

class Child(Base):
    def __init__(self, v):
        super().__init__(v)
        self.extra = 1.5
    def get(self):
        return super().get() + 1

def ident(v):
    return v

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def kinds():
    # list element kinds V8 tells apart (small ints, big ints, strings, objects, mixed), through
    # iteration, subscripts and stores; and operators on values that come from calls (unfused)
    t = 0
    for lst in ([1, 2], [2 ** 40, 3], ["a", "b"], [1.5, 2.5], [None, (1,)], [1, "a", 2.0]):
        for v in lst:
            t += 1
        t += len(lst) + (lst[0] is None) + (lst[-1] == lst[0])
        lst[0] = lst[1]
        lst.append(lst[0])
        lst.pop()
        x = ident(lst[0])
        y = ident(lst[1])
        if x == y or x != y:
            t += 1
    a, b, c, d = ident(7), ident(2), ident(2.5), ident("s")
    t += a + b - a * b + a // b + a % b + a ** 2 + (a << 1) + (a >> 1) + (a & b) + (a | b) + (a ^ b) + a / b
    t += c + c - c * c / c + (a < b) + (a <= b) + (a > b) + (a >= b) + (c < c) + (c > a) + len(d + d) + len(d * 2)
    t += (d < d) + (d == "s") + (d != "t") + (a == c) + -a + -c + (not a) + ~a + abs(-c)
    t += fib(6) + fib(7)
    # builtins and classes called with one and two arguments outside fused trees, and keyword
    # calls whose arguments cannot be fused
    t += isinstance(ident(a), int) + max(ident(a), b) + min(b, ident(a)) + len(ident(range(3)))
    t += int(ident("5")) + len(str(ident(a))) + len(sorted([b, a], key=lambda v: -v))
    t += len(sorted({"a": 1}.items(), key=lambda kv: kv[0])) + len(ident(Base(a)).items)
    return t

G = 0

def bump():
    global G
    G += 1

def work(n):
    total = 0
    fl = 0.5
    s = "ab"
    lst = [3, 1, 2]
    tup = (1, 2, 3)
    d = {"a": 1, 2: "b"}
    objs = [Base(1), Child(2)]
    for i in range(n):
        total += plain(i, 1) + local_ret(i) + defaults(i, 1, 2, c=4, z=5) + clamp(i, 2, 5)
        if const_ret(i) is None or const_ret(0) is not None:
            total += 1
        total = total % 1000003 - total // 7 + (i << 2) + (i >> 1) + (i & 3) + (i | 1) + (i ^ 2)
        fl = fl * 1.5 + i / 3 - fl ** 0.5
        s = s + "x"
        if i > 1 and i < 100 or i == 0:
            total -= 1
        if i in lst or i not in d or "a" in s:
            total += lst[i % 3] + tup[-1] + lst[-1] + d.get("a", 0) + d["a"] + len(s[1:3])
        lst[0] = i
        d["k"] = i
        d["a"] += 1
        lst[1] += 1
        for o in objs:
            total += o.get() + o.v + len(o.kind)
            o.items.append(i)
            o.v += 1
        for x in gen(2):
            total += x
        for c in s:
            total += 1
        for a, b in d.items():
            total += 1
        total += outer() + len([x for x in tup if x]) + sum(lst) + len(str(i))
        a, b = b, a = 1, 2
        lst.pop()
        lst.append(i)
        try:
            total += lst[10]
        except IndexError:
            total += 1
        while total > 100000:
            total -= 99991
    return total

def passthrough(*args, **kwargs):
    return ident(*args, **kwargs)

def count(*args, **kw):
    return len(args) + len(kw)

def opt(a, b=1):
    return a + b

def scaled(x, k=2):
    if x:
        return x * k
    return k

def halve(x):
    if x > 1:
        return x * 0.5
    return x + 1

def words(s):
    for c in s:
        pass
    return len(s) - 1

def varied():
    # paths the loop above misses: star-calls, f-strings, three-part slices, plain moves, unfused
    # conditions and stores, and many iterator, list-append and return kinds at one site each
    t = 0
    step = 2
    def read():
        return step
    lst = [5, 6, 7, 8]
    d = {"x": 1, "y": 2}
    o = Base(0)
    for i in range(2):
        s = "kazu" if i == 0 else "lo"
        t += passthrough(ident(3)) + passthrough(v=4) + read()
        u = t
        m = -ident(2)
        m = not ident(m)
        m = None
        t = u + len(f"{s}={t}") + len(lst[::ident(2)]) + len(lst[ident(1):ident(3):1])
        if s.startswith("ka") or s.endswith("zu"):
            t += ident(1)
        o.v = ident(t)
        d["x"] += ident(1)
        t += len(s.upper()) % ident(3)
        lst.append(lst[i % len(lst)])
        lst.pop()
        t += halve(t) + halve(ident(1)) + words(s) + words("") + opt(i) + scaled(i)
        for v in [x * 1.5 for x in lst] + [str(x) for x in lst] + [o for x in lst] + [x for x in lst]:
            t += 1
        t += len([x for x in lst if x % 2 == 0]) + len([x for x in lst if x > 6 or x < 0])
        for j, v in enumerate(lst):
            t += j
        for a, b in zip(lst, s):
            t += a
        for v in reversed(lst):
            t += v
        for k in d:
            t += d[k]
        for v in d.values():
            t += v
        for v in {1, 2}:
            t += v
        for v in map(ident, lst):
            t += v
        for v in filter(None, lst):
            t += v
        for v in (1, 2):
            t += v
        # sequences of every element kind V8 tells apart, unpacked and star-passed
        for tup in ((1, 2), (1.5, 2.5), ("a", "b"), [3, 4], (2 ** 40, None), [0.5, "c"]):
            a, b = ident(tup)
            t += count(*tup) + count(*tup, **d)
        for a, b in ((1, 2), (1.5, 2.5), ("a", "b"), [3, 4], [None, 0.5]):
            t += 1
    return t


work(3)
kinds()
varied()
kinds()
for _ in range(3):
    bump()
    G = G + fib(3)
`;
