# __bool__, __len__ truthiness and __call__
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
class Plain:
    pass
print(bool(Empty()), bool(Falsy()), bool(Plain()))
print("yes" if Empty() else "no", not Falsy())
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return self.k * x * y
m = Multiplier(3)
print(m(2), m(2, y=5), callable(m), list(map(m, [1, 2, 3])))
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))
