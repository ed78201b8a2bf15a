# Regression: iter(callable, sentinel) compared value == sentinel (the value's __eq__ first) instead of sentinel == value, and without the identity test
nan = float('nan')
print(list(iter(lambda: nan, nan)))


class A:
    def __eq__(self, o):
        print('A.eq', type(o).__name__)
        return NotImplemented


class B:
    def __eq__(self, o):
        print('B.eq', type(o).__name__)
        return False


vals = iter([B(), 5])
print([type(v).__name__ for v in iter(lambda: next(vals), A())])


class Any:
    def __eq__(self, o):
        return True


class Never:
    def __eq__(self, o):
        return False


vals = iter([Never(), Never()])
print(len(list(iter(lambda: next(vals), Any()))))
vals = iter([Any(), Any()])
print(len(list(iter(lambda: next(vals), Never()))))
n = Never()
print(list(iter(lambda: n, n)))
vals = iter([1, 2.0, 3])
print(list(iter(lambda: next(vals), 2)))
