# __bool__ and __len__ truthiness
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("len", self.n)
        return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), len(Both()))
if L(2): print("L(2) truthy")
x = B(False) or "default"
print(x)
y = B(True) and "yes"
print(y)
print(not L(0))
print([i for i in [L(0), L(1), L(2)] if i].__len__())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(e)
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
class BigLen:
    def __len__(self): return True
print(len(BigLen()))
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(e)
while L(0):
    print("never")
print(all([L(1), B(True)]), any([L(0), B(False)]))
print((B(True) if B(False) else L(7)).n)
