# qualnames in error messages, function attributes, reprs without addresses
def outer():
    def inner(a): return a
    return inner
inner = outer()
class K:
    def meth(self, a): pass
    class Nested:
        def deep(self, *, k): pass
    @staticmethod
    def st(a, b): pass
    @classmethod
    def cm(cls, a): pass
for call in [lambda: inner(), lambda: inner(1, 2), lambda: K().meth(), lambda: K.Nested().deep(1), lambda: K.Nested().deep(), lambda: K.st(1), lambda: K.cm(), lambda: K.cm(1, 2), lambda: K().meth(1, a=2), lambda: inner(b=1), lambda: (lambda q: q)(), lambda: K.meth()]:
    try:
        call()
    except TypeError as e:
        print(e)
print(inner.__name__, inner.__qualname__, K.meth.__qualname__, K.Nested.deep.__qualname__, K.Nested.__qualname__, K.st.__qualname__, (lambda: 0).__qualname__, outer.__qualname__)
print(K.__name__, K.Nested.__name__, type(inner).__name__, type(K().meth).__name__, type(K.st).__name__, type(len).__name__, type(K.cm).__name__)
print(str(len), repr(print), repr(int), repr(K)[:17], repr("".join)[:30], repr(dict.fromkeys)[:35])
def doc():
    "This is the doc."
    return 1
print(doc.__doc__, inner.__doc__, doc.__module__, K.__module__)
def attrs(): pass
attrs.custom = 42
print(attrs.custom, getattr(attrs, "missing", "dflt"), hasattr(attrs, "custom"))
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper
@count_calls
def fibr(n): return n if n < 2 else fibr(n - 1) + fibr(n - 2)
print(fibr(12), fibr.calls, fibr.__name__)
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache: cache[n] = fn(n)
        return cache[n]
    return w
@memo
def fibm(n): return n if n < 2 else fibm(n - 1) + fibm(n - 2)
print(fibm(90), fibm(120) if fibm(120) < 2**126 else "")
print(callable(len), callable(K), callable(K()), callable(inner), callable(1), callable("s".upper))
