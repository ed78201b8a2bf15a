# Infinite generators with manual islice/take patterns
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def islice(it, start, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield x
print(take(5, naturals()))
print(list(islice(naturals(10), 2, 6)))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(15, primes()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(12, fib()))
print([x for x in islice(fib(), 50, 52)])
def cycle(xs):
    while True:
        yield from xs
print(take(7, cycle("abc")))
