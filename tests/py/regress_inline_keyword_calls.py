# Keyword calls of straight-line functions run inline, their arguments bound as a frame's are.


def f(a, b=2, c=3):
    return a * 100 + b * 10 + c


def g(x, y):
    return x - y


t = 0
for i in range(5):
    t += f(i, c=1) + f(a=i) + f(i, 5, c=7) + g(y=1, x=i) + f(c=0, b=0, a=1)
print(t)
# an argument that calls the same function with keywords (the inner call runs first)
print(f(a=f(a=1, c=0), b=f(1, b=0)))


def h(a, b=2):
    return a + b


for call in (lambda: h(1, a=2), lambda: h(1, z=2), lambda: h(b=2), lambda: g(1, 2, y=3), lambda: g(x=1),
             lambda: h(1, 2, 3), lambda: h(1, b=2, **{"b": 3})):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc=acc + n)


print(rec(60, acc=1))


def make(k):
    def add(x, y=0):
        return x + y + k
    return add


add = make(100)
print(add(1, y=2), add(y=3, x=4), [add(x=i) for i in range(3)])


def boom(a, b=1):
    return a / b


try:
    boom(1, b=0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("ZeroDivisionError:", e, "line", tb.tb_lineno, tb.tb_frame.f_code.co_name)
