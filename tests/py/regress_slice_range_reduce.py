# Regression: slice.__reduce__() and range.__reduce__() raised 'cannot pickle objects' instead of returning (type, args)
print(slice(1, 2, 3).__reduce__(), slice(None).__reduce__(), slice('a', [1]).__reduce__())
print(range(1, 5, 2).__reduce__(), range(2**70, 2**71, 3).__reduce__(), range(3).__reduce__())
t = slice(1, 2, 3).__reduce__()
print(t[0](*t[1]) == slice(1, 2, 3))
t = range(-5).__reduce__()
print(t[0](*t[1]))
for v in [3, 1.5, 'a', (1,), [1], {1: 2}, b'x', 1j, True, None]:
    try:
        v.__reduce__()
    except TypeError as e:
        print(e)
try:
    slice(1).__reduce__(1)
except TypeError as e:
    print(e)
