# Regression: error wording for C[int], __reversed__/__contains__ = None, reversed() without __len__, attributes set on bound methods, and class statements with non-class bases
class C: pass
try:
    C[int]
except TypeError as e: print(e)
class M(type): pass
class CM(metaclass=M): pass
try:
    CM[int]
except TypeError as e: print(e)
try:
    C()[0]
except TypeError as e: print(e)
class R:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
class Co:
    __contains__ = None
    def __iter__(self): return iter([1])
class N:
    def __getitem__(self, i): return i
class It:
    __iter__ = None
    def __getitem__(self, i): return i
for f in (lambda: reversed(R()), lambda: 1 in Co(), lambda: reversed(N()), lambda: 1 in It(), lambda: iter(It()), lambda: list(It()), lambda: reversed(C())):
    try:
        f()
    except TypeError as e:
        print(e)
class A:
    def m(self): pass
a = A()
try:
    a.m.calls = 1
except AttributeError as e: print(e)
try:
    del a.m.calls
except AttributeError as e: print(e)
a.m.__func__.calls = 2
print(a.m.calls)
try:
    a.m.calls = 1
except AttributeError as e: print(e)
try:
    class Bad(5): pass
except TypeError as e: print(e)
try:
    class Bad2(len): pass
except TypeError as e: print(e)
try:
    class Bad3("x"): pass
except TypeError as e: print(e)
try:
    class Bad4(None): pass
except TypeError as e: print(e)
try:
    class Bad5(C, 5): pass
except TypeError as e: print(e)
try:
    class Bad6([]): pass
except TypeError as e: print(e)
try:
    class Bad7(print): pass
except TypeError as e: print(e)
class A:
    def m(self): pass
a = A()
def f(): pass
for target in (a.m, [].append, len, A.m, (1).__add__, f.__get__(a)):
    for name in ("calls", "__doc__", "__func__", "__self__", "__name__", "__qualname__"):
        try:
            setattr(target, name, 1)
            print(type(target).__name__, name, "ok")
        except (AttributeError, TypeError) as e:
            print(type(target).__name__, name, type(e).__name__, e)
print(type(None)(), type(NotImplemented)(), type(...)())
for t in [type(None), type(NotImplemented), type(...)]:
    try: t(1)
    except TypeError as e: print(e)
for t in [type(len), type(iter([])), type((x for x in ()))]:
    try: t()
    except TypeError as e: print(e)
for a in [('x', 5), ('x', 'utf-8', 5), (b'x', 5), (b'x', 'utf-8', 5), ('x', 'utf-8'), (5, 'utf-8')]:
    try: str(*a)
    except TypeError as e: print(a, e)
