# Regression: a finished generator kept its return value, so a later `yield from` or next() saw it again
def gen():
    yield 1
    return 'done'

def delegate(g):
    r = yield from g
    print('yield from ->', repr(r))

def stop_value(f):
    try:
        f()
    except StopIteration as e:
        return repr(e.value), e.args
    return 'no StopIteration'

# the first consumer takes the value ...
g = gen()
next(g)
print(stop_value(lambda: next(g)))
g = gen()
list(delegate(g))
# ... and every later resumption gets a plain StopIteration, whatever consumed the first one
consumers = [
    ('list', list),
    ('for', lambda g: [x for x in g]),
    ('zip', lambda g: list(zip(g, 'ab'))),
    ('next default', lambda g: (next(g), next(g, 'dflt'))),
    ('next', lambda g: (next(g), stop_value(lambda: next(g)))),
    ('send', lambda g: (g.send(None), stop_value(lambda: g.send(None)))),
    ('yield from', lambda g: list(delegate(g))),
    ('sum', sum),
    ('in', lambda g: 2 in g),
]
for name, consume in consumers:
    g = gen()
    print(name, consume(g))
    print('  next:', stop_value(lambda: next(g)), 'send:', stop_value(lambda: g.send(None)),
          '__next__:', stop_value(g.__next__))
    list(delegate(g))
    print('  again:', list(g), next(g, 'dflt'))

# a generator that raised is finished too
def bad():
    yield 1
    raise ValueError('x')
g = bad()
try:
    list(g)
except ValueError as e:
    print('ValueError', e)
print(stop_value(lambda: next(g)))
list(delegate(g))

# close() and throw() on a finished generator
g = gen()
list(g)
g.close()
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('KeyError', e)
print(stop_value(lambda: next(g)))
