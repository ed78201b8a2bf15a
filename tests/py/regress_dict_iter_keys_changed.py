# Regression: popping and re-inserting keys while iterating a dict looped for ever; reversed(dict) missed size changes
d = {'a': 1, 'b': 2}
try:
    for k in d: d[k] = d.pop(k)
except RuntimeError as e: print(e)
print(d)
d = {'a': 1}
try:
    for k in d: d[k.upper()] = d.pop(k)
except RuntimeError as e: print(e)
print(d)
it = iter(d)
try:
    next(it)
except RuntimeError as e: print(e)
try: next(it)
except RuntimeError as e: print(e)
except StopIteration: print('stop')
d = {1: 1, 2: 2}
for v in d.values():
    d[3] = d.pop(1) if 1 in d else 0
    break
print(d)
d = {1: 1, 2: 2}
try:
    for k, v in d.items(): d[k + 10] = d.pop(k)
except RuntimeError as e: print('items', e)
print(d)
d = {'a': 1}
it = iter(d)
next(it)
d['b'] = 2
for i in range(2):
    try: next(it)
    except RuntimeError as e: print(e)
    except StopIteration: print('stop')
d = {'a': 1}
it = iter(d)
next(it)
d['b'] = d.pop('a')
for i in range(2):
    try: next(it)
    except RuntimeError as e: print(e)
    except StopIteration: print('stop')
d = {1: 1, 2: 2, 3: 3}
r = reversed(d)
next(r)
d.pop(1)
try: print(list(r))
except RuntimeError as e: print('RuntimeError', e)
try: print(list(r))
except RuntimeError as e: print('RuntimeError', e)
for view in ('keys', 'values', 'items'):
    d = {1: 1, 2: 2, 3: 3}
    r = reversed(getattr(d, view)())
    print(type(r).__name__, next(r))
    d[4] = 4
    try: print(list(r))
    except RuntimeError as e: print('RuntimeError', e)
d = {1: 1, 2: 2, 3: 3}
r = reversed(d.items())
print(next(r))
d[2] = 20
print(list(r))
d = {1.0: 'a', True: 'b', 2.5: 'c'}
print(list(reversed(d)), list(reversed(d.items())))
