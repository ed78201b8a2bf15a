# Regression: slice assignment from every kind of iterable
a = [1, 2, 3]
for f in [lambda: a.__setitem__(slice(0, 1), 5), lambda: a.__setitem__(slice(None, None, 2), 5)]:
    try: f()
    except TypeError as e: print(e)
try:
    a[0:1] = 5
except TypeError as e: print(e)
try:
    a[::2] = None
except TypeError as e: print(e)
b = bytearray(b"abc")
try:
    b[0:1] = 5
except TypeError as e: print(e)
try:
    b[::2] = 5.0
except TypeError as e: print(e)
def g():
    yield 1
    raise TypeError("inner")
try:
    a[0:1] = g()
except TypeError as e: print(e)
print(3 in iter([3]), 2 in {2: 1}.keys())
class C: pass
try: 3 in C()
except TypeError as e: print(e)
