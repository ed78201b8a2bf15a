# Regression: __contains__ = None and __reversed__ = None called None instead of raising CPython's TypeError
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
t(lambda: 1 in NoContains())
t(lambda: 1 not in NoContains())
class Rev:
    __reversed__ = None
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i
t(lambda: reversed(Rev()))
class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
t(lambda: iter(NotIterable()))
