# Regression: iter() of a user iterator returned an internal wrapper; an IndexError subclass did not end __getitem__ iteration
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
    def peek(self): return "peek"
    def __repr__(self): return "It()"
it = It()
print(iter(it) is it, iter(it).peek(), type(iter(it)).__name__)
print(iter(it), iter(it) == it, iter(iter(it)) is it)
print(next(iter(it)), list(iter(it)))

class Box:
    def __init__(self, it): self.it = it
    def __iter__(self): return self.it
inner = It()
print(iter(Box(inner)) is inner, list(Box(It())))

class MyIdx(IndexError): pass
class Deeper(MyIdx): pass
class Seq:
    def __init__(self, exc): self.exc = exc
    def __getitem__(self, i):
        if i > 2: raise self.exc(i)
        return i * 10
for exc in (IndexError, MyIdx, Deeper):
    s = Seq(exc)
    print(list(s), tuple(s), sorted(s, reverse=True), sum(s), 20 in s, 5 in s)
    print(list(zip(s, s)), set(s), max(s), list(enumerate(s)))
    a, b, c = s
    print(a, b, c, *s)
    for x in s:
        print(x, end=" ")
    print([x + 1 for x in s])

class Other:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Other())
except KeyError as e:
    print("KeyError", e)
