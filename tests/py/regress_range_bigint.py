# Regression: range.index/count rejected True/2.0 and failed past 2**53, equal ranges hashed apart, big-int range slices kept step 1 in repr and clamped steps at 2**53
class I(int): pass
class E:
    def __eq__(self, o): return o == 3
    __hash__ = None
r = range(5)
for v in (True, False, 2.0, 2.5, 7, I(3), E(), 'x', 2**70, -1, float('nan'), 3+0j):
    try: print(repr(v) if not isinstance(v, E) else 'E', r.index(v), r.count(v), v in r)
    except ValueError as e: print('ValueError', e, r.count(v), v in r)
B = 2**60
r = range(B, B * 4, 3)
print(r.index(B + 3), r.count(B + 3), (B + 3) in r, r.index(float(B + 3 * 2**10)), float(B) in r)
try: r.index(B + 1)
except ValueError as e: print(e)
r = range(0, -(2**70), -(2**60))
print(r.index(-(2**61)), len(r), r[3], r[-1], -(2**69) in r, r.count(-(2**69)))
print(range(2**60).index(5), range(2**64)[2**63], range(-5, 2**64, 2**62).index(2**63 - 5))
print(range(10).index(I(4)), range(2**10).count(I(4)))
try: range(3).index()
except TypeError as e: print(e)
try: range(3).count(1, 2)
except TypeError as e: print(e)
print(range(0) == range(4, 4), {range(0): 'e'}.get(range(4, 4)))
print(hash(range(1, 2)) == hash(range(1, 2, 5)), hash(range(0)) == hash(range(5, 2)), hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
print(hash(range(0, 10, 2)) == hash(range(0, 10, 3)), range(0, 10, 2) == range(0, 10, 3))
d = {range(3): 'a', range(1, 2): 'b', range(0): 'c'}
print(d[range(0, 3)], d[range(1, 2, 100)], d[range(7, 1)], range(0, 3, 1) in d, range(1, 3) in d)
B = 2**64
print(range(0, B, B) == range(0, 1), hash(range(0, B, B)) == hash(range(0, 1)), {range(0, 1): 1}.get(range(0, B, B)))
print(range(B, B + 10)[2:4] == range(B + 2, B + 4), range(B) == range(0, B), range(B) != range(1, B))
print(range(2**64)[5:10], range(10)[::2**60].step, slice(0, 10, 2**60).indices(10))
print(range(2**64), range(2**64)[::-1], range(2**64)[-3:], range(2**64)[::2**62], range(2**64)[2**63::-2**62])
print(range(10)[::2**60], range(10)[2**70:], range(10)[-2**70:3], range(10)[:-2**70:-1])
r = range(2**64)[5:10]
print(r.start, r.stop, r.step, type(r.start).__name__, len(r))
r = range(3, 2**64)
print(r.start, r.start == 3, r.step, len(range(0, 2**62, 3)))
print(slice(None, None, -1).indices(2**70), slice(-2**80, 2**80).indices(2**64), slice(5).indices(True))
for e in [lambda: slice(1).indices(-1), lambda: slice(1).indices('a'), lambda: slice(0, 1, 0).indices(3), lambda: slice('a').indices(3), lambda: range(5)[::0], lambda: range(5)['a'], lambda: range(5)[1.0]]:
    try: print(e())
    except Exception as ex: print(type(ex).__name__, ex)
print(list(reversed(range(2**64 - 3, 2**64))), next(range(2**64).__reversed__()))
print(range(5).__contains__(3), range(5).__contains__(3.0), range(5).__getitem__(-1), range(5).__getitem__(slice(1, 3)), range(0).__bool__(), range(2).__bool__(), range(5).__len__())
try: print(range(2**64).__len__())
except OverflowError as e: print(e)
try: range(3).__len__(1)
except TypeError as e: print(e)
try: range(3).__contains__()
except TypeError as e: print(e)
try: range(3).__reversed__(1)
except TypeError as e: print(e)
print(2.0 in range(10), float(2**60) in range(2**60, 2**60 + 5), 'x' in range(3), (1+0j) in range(3, 0, -1))
print(range(2**53 - 2, 2**53 + 2)[1], range(-2**53 + 1, 2**53 - 1).index(2**53 - 2), (2**53 - 2) in range(-2**53 + 1, 2**53 - 1, 3))
