# Ranges past 2**53: exact len() and indexing; len() past the index range is an OverflowError.
r = range(2**60)
print(len(r), r[2**59], r[-1], 2**59 in r)
try:
    len(range(2**126))
except OverflowError as e:
    print(e)
try:
    r[2**60]
except IndexError as e:
    print(e)
print(range(2**60, 2**61, 3)[5], len(range(-2**62, 2**62, 2**40)))
