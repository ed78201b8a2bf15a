# __getattr__ on class-level / module-like attributes, callable instances as methods
class Callable:
    def __call__(self, *a): return ("called", len(a))
class Host:
    c = Callable()
print(Host().c(1))
class Wrapper:
    def __init__(self, obj): self._obj = obj
    def __getattr__(self, name):
        attr = getattr(self._obj, name)
        if callable(attr):
            def wrapped(*a, **k):
                r = attr(*a, **k)
                return Wrapper(r) if isinstance(r, list) else r
            return wrapped
        return attr
    def __repr__(self): return f"W({self._obj!r})"
    def __len__(self): return len(self._obj)
    def __getitem__(self, i): return self._obj[i]
w = Wrapper([3, 1, 2])
w.append(0)
w.sort()
print(w, len(w), w[0], w.copy(), w.index(2), list(w))
