# Regression: a starred assignment target that is an attribute, subscript or slice (first, *o.rest = x) stored to the wrong object or crashed
class O:
    pass


o = O()
first, *o.rest = [1, 2, 3]
print(first, o.rest)
L = [0, 1, 2]
*L[1:], = [8, 7]
print(L)
d = {}
a, *d['k'] = 1, 2, 3
print(a, d)
L = [1, 2, 3]
L[0], *L[1:] = [9, 8, 7, 6]
print(L)
L = [0]
*L[0], b = 1, 2, 3
print(L, b)
for a, *d['k'] in [(1, 2, 3), (4,)]:
    print(a, d)
print([o.b for a, *o.b in [(1, 2, 3)]])
print([d['z'] for *d['z'], a in [(1, 2, 3)]])
a, *(b, c) = 1, 2, 3
print(a, b, c)
a, *[b, *c], o.x = 1, 2, 3, 4, 5
print(a, b, c, o.x)
*o.p, (d['a'], o.q), L[0] = 1, 2, (3, 4), 5
print(o.p, d['a'], o.q, L)
[o.a, *d['k'], L[1:]] = 'abcd'
print(o.a, d['k'], L)
o.n = O()
*o.n.m, o.n.k = range(3)
print(o.n.m, o.n.k)
m = [[0, 0], [0, 0]]
m[0][1], *m[1][0:1] = 7, 8, 9
print(m)


class CM:
    def __enter__(self):
        return (1, 2, 3)

    def __exit__(self, *a):
        pass


with CM() as (x, *o.w):
    print(x, o.w)
with CM() as (*d[1], L[0]):
    print(d[1], L)


def g():
    for *o.s, d['y'] in [[1, 2, 3], [4]]:
        yield o.s, d['y']


print(list(g()))
print({k: o.t for k, *o.t in ['abc', 'de']})
print(list(o.u for *o.u, k in ['abc', 'de']))


def h(obj, seq):
    obj.head, *obj.tail = seq
    return obj.head, obj.tail


print(h(O(), 'xyz'))
try:
    a, *o.z, b = [1]
except ValueError as e:
    print(e)
