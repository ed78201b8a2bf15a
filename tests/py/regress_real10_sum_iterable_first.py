# sum() gets the iterator of its first argument before it looks at start: a non-iterable is
# "'int' object is not iterable" even when start is a str (was "can't sum strings")
for args in [(2, "x"), (None, b""), (5, bytearray()), (1.5, "")]:
    try:
        sum(*args)
    except TypeError as e:
        print(type(args[0]).__name__, type(args[1]).__name__, e)
class Loud:
    def __iter__(self):
        print("__iter__ called")
        return iter([])
for start in ["", b"", bytearray(b"")]:
    try:
        sum(Loud(), start)
    except TypeError as e:
        print(e)
print(sum([], 7), sum(Loud(), 3))
