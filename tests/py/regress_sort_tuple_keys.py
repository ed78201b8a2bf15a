# Regression: sorting tuple keys: the engine-sort path for int/str tuples, mixed kinds raising, and big ints in tuples (pyEq on two big ints was an internal error)
import_data = [(3, 'b'), (1, 'z'), (3, 'a'), (1, 'z', 0), (1,), (2, 'x'), (-5, ''), (3, 'b')]
print(sorted(import_data), sorted(import_data, reverse=True))
recs = [(i % 7, -i, str(i % 3)) for i in range(30)]
print(sorted(recs)[:6], sorted(recs, key=lambda r: (r[2], r[0]))[:5], sorted(recs, key=lambda r: (r[2], r[0]), reverse=True)[:5])
objs = [('a', i) for i in range(5)]
s1 = sorted([(1, 'x', i) for i in range(5)], key=lambda t: (t[0], t[1]))
print(s1)
try: sorted([(1, 'a'), (1, 2)])
except TypeError as e: print(e)
try: sorted([(1, 2.5), (1, 2)])
except TypeError as e: print(e)
print(sorted([(2 ** 60, 1), (2 ** 59, 2), (-2 ** 70, 3), (1.5, 0)]))
print(sorted([('é', 1), ('e', 2), ('\U0001F600', 3), ('\uffff', 4)]))
print(sorted([(True, 1), (0, 2)]), sorted([(), (1,), (0, 0)]))
