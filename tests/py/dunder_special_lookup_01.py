# implicit special-method lookup goes to the type, not the instance
class C:
    def __len__(self): return 1
    def __repr__(self): return "C-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())
class G:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self): return 3
    def __str__(self): return "G"
g = G()
print(len(g))
print(str(g))
print(g.__len__())
class H:
    def __getattr__(self, name):
        print("getattr", name)
        return lambda *a: 0
h = H()
try:
    len(h)
except TypeError as e:
    print(e)
try:
    h + 1
except TypeError as e:
    print(e)
print(h.anything())
# changing the class method affects existing instances
class K:
    def hi(self): return "v1"
k = K()
K.hi = lambda self: "v2"
print(k.hi())
K.__len__ = lambda self: 7
print(len(k))
K.__add__ = lambda self, o: f"added {o}"
print(k + 5)
del K.__len__
try:
    len(k)
except TypeError as e:
    print(e)
# __call__ on instance dict doesn't make callable
class NC: pass
nc = NC()
nc.__call__ = lambda: "x"
print(callable(nc))
try:
    nc()
except TypeError as e:
    print(e)
# __iter__ set to None
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print(e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash.__hash__ is None)
class BoolFromLen:
    def __len__(self): return 0
print(bool(BoolFromLen()), "yes" if BoolFromLen() else "no")
