# reprs of classes, bound methods, builtins
class C:
    def m(self): pass
    def __repr__(self): return "C()"
    class Inner:
        pass
    @classmethod
    def cm(cls): pass
print(C, C.Inner, type(C()), type(C.Inner()), int, type(None), ValueError, type, object)
print(C().m)
print(C.cm)
print(repr(C().m), str(C().m))
print([C, int], {C: 1})
print(type(len), type(C().m).__name__, type(C.m).__name__, type(C.cm).__name__, type(print).__name__)
print(len, print, max)
print([].append.__name__, C.m.__name__, C().m.__name__, C.m.__qualname__)
print(C().m == C().m, C().m is C().m)
c = C()
print(c.m.__self__, c.m.__func__ is C.m)
print(type(c.m).__name__, callable(c.m), c.m.__self__.__class__.__name__)
print(repr(type), repr(type(type)))
print(str(C), f"{C}", "%s" % C, format(C))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(WithMeta, type(WithMeta), Meta)
print(bool, bytes, bytearray, frozenset, complex, range, slice, property, staticmethod, classmethod, super, NotImplementedError, StopIteration)
print(type(iter([])), type(iter(range(3))), type(iter({})), type(iter("")), type(x for x in []), type(zip()), type(map(len, [])), type(enumerate([])), type(reversed([])))
print(type({}.keys()), type({}.values()), type({}.items()), type(iter({}.items())))
