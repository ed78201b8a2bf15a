# iterator protocol classes
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("stop", e.args)
print(list(zip(Countdown(3), "abc")))
print(dict(enumerate(Countdown(2))))
print(sum(Countdown(4)), max(Countdown(4)), sorted(Countdown(4)))
print(list(map(lambda x: x * 2, Countdown(3))))
print(tuple(filter(lambda x: x % 2, Countdown(5))))

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self): return self
    def __next__(self):
        if self.a > self.limit: raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
f = Fib(50)
print(list(f))
print(list(f))

class NotIter:
    def __next__(self): return 1
try:
    for x in NotIter(): pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)

# iter with sentinel
class Src:
    def __init__(self): self.i = 0
    def __call__(self):
        self.i += 1
        return self.i
print(list(iter(Src(), 5)))

# unpacking uses iteration
class Three:
    def __iter__(self):
        yield 1; yield 2; yield 3
a, *b = Three()
print(a, b)
try:
    x, y = Three()
except ValueError as e:
    print(e)
try:
    w, x, y, z = Three()
except ValueError as e:
    print(e)
print([*Three(), *Three()])
print({*Three()} == {1, 2, 3})
def f(*args): return args
print(f(*Three()))
