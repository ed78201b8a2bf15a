# Closures capturing loop variables via default args and factories
def make_adders(n):
    adders = {}
    for i in range(n):
        def adder(x, i=i):
            return x + i
        adders[i] = adder
    return adders
ads = make_adders(3)
print([ads[k](100) for k in ads])
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5))
print(sorted(slow_square.cache.items()))
def cell_swap():
    a, b = 1, 2
    def sw():
        nonlocal a, b
        a, b = b, a
    sw()
    return a, b
print(cell_swap())
