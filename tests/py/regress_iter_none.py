# Regression: __iter__ = None makes a builtin subclass not iterable
class D(dict):
    __iter__ = None
try:
    for k in D(a=1):
        print(k)
except TypeError as e:
    print("TE", e)
try:
    print(list(D(a=1)))
except TypeError as e:
    print("TE", e)
