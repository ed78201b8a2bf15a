# laziness of generator expressions & generators
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
ge = (x * 10 for x in noisy(3))
print("created")
print(next(ge))
print("between")
print(list(ge))
print(list(ge))
# first iterable evaluated eagerly
def src():
    print("src called")
    return [1, 2]
ge2 = (x for x in src())
print("ge2 made")
try:
    (x for x in 5)
except TypeError as e:
    print("eager error:", e)
ge3 = (1 / x for x in [1, 0])
print(next(ge3))
try:
    next(ge3)
except ZeroDivisionError:
    print("lazy error")
# any/all short-circuit
print(any(x > 1 for x in noisy(5)))
print(all(x < 1 for x in noisy(5)))
# generator state
def simple():
    yield 1
g = simple()
print(type(g).__name__, g.__name__, g.__qualname__)
print(iter(g) is g, list(g), list(g))
# zip stops early, leaving generator partially consumed
def count_up():
    i = 0
    while True:
        print("cu", i)
        yield i
        i += 1
cu = count_up()
print(list(zip(cu, "ab")))
print(next(cu))
# generator closure over loop variable
gens = [(lambda: (yield i))() for i in range(3)] if False else None
fs = [(x for _ in range(1)) for x in range(3)]
print([next(f) for f in fs])
# nested genexp scoping
print(list((i, j) for i in range(3) for j in range(i)))
print(sum(x for x in range(10) if x % 3 == 0))
print(max((len(w), w) for w in "the quick brown fox".split()))
# infinite generator with takewhile by hand
def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())), list(take(5, [1, 2])))
# generator running check
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(e)
