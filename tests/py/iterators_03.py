# Custom iterable vs iterator, restartable iteration
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
f = Fib(50)
print(list(f))
print(list(f))
print(sum(f), max(f), len(list(f)))
it = iter(f)
print(next(it), next(it), next(it))
print([x for x in it if x % 2])
print(list(zip(Fib(5), Fib(100))))
print(sorted(Fib(20), reverse=True))
