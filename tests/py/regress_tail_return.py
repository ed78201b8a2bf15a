# `return f(x)`: the caller returns the callee's value as soon as the callee returns (the VM does
# both returns in one step). Chains, __init__, generators, methods, recursion, exceptions, memos.


def leaf(x):
    return x * 2


def mid(x):
    return leaf(x + 1)


def top(x):
    return mid(x) if x else mid(-1)


print(top(3), top(0))


class Task:
    def __init__(self, n):
        self.n = n
        return self.setup()

    def setup(self):
        self.ready = True

    def step(self, k):
        self.n += k
        return self.work(k)

    def work(self, k):
        return self.n * k


class Slow(Task):
    def work(self, k):
        return super().work(k) + 1


t, s = Task(1), Slow(2)
print(t.ready, t.step(2), s.step(3), [Task(i).step(i) for i in range(4)])


class Bad:
    def __init__(self):
        return self.make()

    def make(self):
        return 5


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


def gen(n):
    for i in range(n):
        yield i
    return leaf(n)


def driver(n):
    r = yield from gen(n)
    return r


g = driver(3)
print(list(g))
try:
    next(driver(0))
except StopIteration as e:
    print("StopIteration", e.value)


def down(n):
    if n == 0:
        return "bottom"
    return down(n - 1)


print(down(50))
try:
    down(10 ** 6)
except RecursionError:
    print("RecursionError")


def raiser(x):
    return 1 // x


def wraps(x):
    try:
        return raiser(x)
    except ZeroDivisionError:
        return "caught"


print(wraps(1), wraps(0))


def fib(n):
    return n if n < 2 else add(fib(n - 1), fib(n - 2))


def add(a, b):
    return a + b


def fibr(n):
    return fib(n)


print(fibr(20), fibr(25))


def none_tail():
    return print("printed")


print(none_tail())


def with_finally(x):
    try:
        return leaf(x)
    finally:
        print("finally", x)


print(with_finally(4))


class Box:
    def __init__(self, n):
        self.n = n


def make(n):
    return Box(n)


def make2(n):
    return make(n)


print(make2(5).n, type(make(3)).__name__)


async def co():
    return make(9)


async def co2():
    return await co()


c = co2()
try:
    c.send(None)
except StopIteration as e:
    print("coroutine", e.value.n)


# a return into the caller's fused statement, which runs in the same step (and may raise there)
def one():
    for _ in range(1):
        pass
    return 1


def zero():
    for _ in range(1):
        pass
    return 0


def div_sum(xs):
    t = 0
    for x in xs:
        t += one() // x
    return t


print(div_sum([1, 2, 3]))
try:
    div_sum([1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {}[zero()]
except KeyError as e:
    print("KeyError:", e)
