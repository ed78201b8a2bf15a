# Regression: __str__ and __repr__ may return a str subclass
class Fs(str): pass
class A:
    def __str__(self): return Fs("s")
    def __repr__(self): return Fs("r")
a = A()
print(str(a), repr(a), f"{a}", f"{a!r}", "%s %r" % (a, a), [a])
