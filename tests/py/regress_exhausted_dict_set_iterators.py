# Regression: an exhausted dict or set iterator raised "changed size during iteration" once the container changed, instead of staying exhausted
d = {'a': 1}
for make in (lambda: iter(d), lambda: iter(d.values()), lambda: iter(d.items()), lambda: reversed(d),
             lambda: reversed(d.values()), lambda: reversed(d.items())):
    d = {'a': 1}
    it = make()
    print(type(it).__name__, list(it), end=' ')
    d['b'] = 2
    print(list(it), next(it, 'end'), it.__length_hint__())
s = {1}
it = iter(s)
print(list(it))
s.add(2)
print(list(it), next(it, 'end'), it.__length_hint__())
s.clear()
print(list(it))
fs = frozenset('a')
it = iter(fs)
print(list(it), list(it))

# a size change is reported for ever after, even if the size comes back
for make in (lambda c: iter(c), lambda c: reversed(c)):
    d = {1: 1, 2: 2}
    it = make(d)
    next(it)
    d[3] = 3
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            print(e)
    del d[3]
    try:
        next(it)
    except RuntimeError as e:
        print(e)
    print(it.__length_hint__())
s = {1, 2}
it = iter(s)
next(it)
s.add(3)
try:
    next(it)
except RuntimeError as e:
    print(e)
s.discard(3)
try:
    next(it)
except RuntimeError as e:
    print(e)
print(it.__length_hint__())

# dict keys changed during iteration: exhausted afterwards
d = {0: 0}
it = iter(d)
next(it)
d[1] = d.pop(0)
try:
    next(it)
except RuntimeError as e:
    print(e)
print(next(it, 'end'), it.__length_hint__())
d[2] = 2
print(next(it, 'end'))


# the old-style iterator does not call __getitem__ again once exhausted
class S:
    n = 2

    def __getitem__(self, i):
        print('getitem', i)
        if i >= self.n:
            raise IndexError(i)
        return i


obj = S()
it = iter(obj)
print(list(it))
obj.n = 5
print(list(it), next(it, 'end'))
