# Closures: counters, nonlocal, late binding
def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2())
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
print([f() for f in make_late()])
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    f = middle()
    f(); f()
    return x
print(outer())
def acc(start):
    total = [start]
    def add(v):
        total[0] += v
        return total[0]
    return add
a = acc(100)
print(a(1), a(2))
