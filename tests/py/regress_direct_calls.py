# Calls of plain functions, and of methods of user classes, with at most two arguments: the
# arguments are evaluated into the callee's frame, not pushed first. Defaults, wrong arity,
# re-entrant calls from inside an argument (a property), recursion, errors and their lines, and
# everything that is not such a callee (memoized functions, generators, builtins, bound methods
# stored on the instance, static and class methods) behave as before.


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


log = []


def add(a, b=10):
    log.append(a)
    return a + b


def framed(a, b=3):
    t = 0
    for i in range(b):
        t += a
    return t


def none():
    log.append("none")


def fails(a):
    return a // 0


class Acc:
    def __init__(self, v):
        self.v = v
        self.calls = 0

    def get(self):
        return self.v

    def put(self, x, y=1):
        self.calls += 1
        self.v = self.v + x * y
        return self.v

    def loop(self, n, step=2):
        t = 0
        for i in range(0, n, step):
            t += i
        return t + self.v

    @property
    def nested(self):
        # an inline method called while an argument of the same method is evaluated
        return self.put(100)

    def deep(self, n):
        if n == 0:
            return 0
        return self.deep(n - 1) + 1

    def boom(self, x):
        return x / 0

    def gen(self, n):
        for i in range(n):
            yield i * self.v

    @staticmethod
    def st(a, b):
        return a - b

    @classmethod
    def cm(cls, a):
        return cls.__name__ + str(a)


def run():
    out = []
    a = Acc(5)
    for i in range(4):
        x = add(i)
        y = add(i, i)
        z = framed(i)
        w = framed(i, 4)
        none()
        g = a.get()
        p = a.put(i)
        q = a.put(i, 2)
        r = a.loop(i * 5)
        s = a.loop(i * 5, 3)
        out.append((x, y, z, w, g, p, q, r, s))
    print(out)
    print(log)
    print(a.calls, a.v)
    # re-entrant: the property calls put (inline) while put's own argument is being evaluated
    b = Acc(1)
    v = b.put(b.nested, 2)
    print(v, b.v, b.calls)
    print(b.deep(50))
    print(list(b.gen(4)), a.st(9, 4), a.cm(7), Acc.st(1, 2))
    # a function stored on the instance is called without self
    b.get = lambda: "own"
    print(b.get())
    b.put = add
    print(b.put(1, 2))
    return out


run()


def arity():
    a = Acc(2)
    for call in range(6):
        try:
            if call == 0:
                a.get(1)
            elif call == 1:
                a.put()
            elif call == 2:
                add()
            elif call == 3:
                add(1, 2, 3)
            elif call == 4:
                framed()
            else:
                none(1)
        except TypeError as e:
            print(e)


arity()


def errors():
    a = Acc(3)
    for k in range(3):
        try:
            if k == 0:
                v = a.boom(k)
            elif k == 1:
                v = fails(k)
            else:
                v = a.put(undefined_name)
        except (ZeroDivisionError, NameError) as e:
            print(type(e).__name__, e, lines(e))
    try:
        u = a.put(later)
        later = 1
    except UnboundLocalError as e:
        print(e, lines(e))
    try:
        a.deep(100000)
    except RecursionError as e:
        print("RecursionError", lines(e)[:3])
    print(a.put(1), a.deep(3))


errors()


def pure(n):
    return n * n


def memo_loop():
    t = 0
    for i in range(2000):
        t += pure(i % 7)
    return t


print(memo_loop())


def defaults_change():
    out = []
    for i in range(3):
        out.append(add(i))
        add.__defaults__ = (i * 100,)
    return out


print(defaults_change())
