# Regression: a set tested for membership in, or discarded from, a set stands for the equal frozenset
s = {frozenset({1, 2}), 3}
print({1, 2} in s, {9} in s, {1, 2} not in s)
s.discard({1, 2}); print(s)
try: s.remove({7})
except KeyError as e: print('KeyError', e)
t = {frozenset()}; t.remove(set()); print(t)
try: {1} in {1: 2}
except TypeError as e: print(e)
try: s.add({1})
except TypeError as e: print(e)
class MySet(set): pass
print(MySet([1]) in {frozenset([1])})
