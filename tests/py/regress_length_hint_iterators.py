# Regression: dict, set, reversed() and old-style (__getitem__) iterators had no __length_hint__
d = {'a': 1, 'b': 2, 'c': 3}
for it in [iter(d), iter(d.keys()), iter(d.values()), iter(d.items()), reversed(d), reversed(d.values()),
           reversed(d.items()), iter({1, 2}), iter(frozenset([1])), reversed((1, 2, 3)), reversed('ab')]:
    before = it.__length_hint__()
    next(it)
    print(type(it).__name__, before, it.__length_hint__(), len(list(it)), it.__length_hint__())

d = {'a': 1, 'b': 2}
it = iter(d)
d['c'] = 3
print(it.__length_hint__())
d = {'a': 1, 'b': 2}
it = iter(d)
del d['a']
d['z'] = 0
print(it.__length_hint__())
s = {1, 2, 3}
it = iter(s)
s.add(4)
print(it.__length_hint__())


class S:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i


class SL(S):
    def __len__(self):
        return 3


it = iter(S())
print(it.__length_hint__())
it = iter(SL())
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())


class R:
    def __init__(self):
        self.n = 4

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return i


r = R()
it = reversed(r)
print(it.__length_hint__(), next(it), it.__length_hint__())
r.n = 2
print(it.__length_hint__())
r.n = 4
print(list(it), it.__length_hint__())
try:
    type(iter({})).__length_hint__(iter([]))
except TypeError as e:
    print(e)
