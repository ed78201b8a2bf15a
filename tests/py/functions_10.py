# Keyword arguments ordering, **kwargs preserving order, and defaults evaluation time
import_time = []
def default_factory():
    import_time.append("evaluated")
    return "default"
def f(x=default_factory()):
    return x
print(import_time, f(), f(), import_time)
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
def merge(*dicts, **extra):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(extra)
    return out
print(merge({"a": 1}, {"b": 2, "a": 3}, c=4))
def call_with(f, *args, **kwargs):
    return f(*args, **kwargs)
print(call_with(pow, 2, 5), call_with(sorted, [3, 1, 2], reverse=True), call_with(dict, a=1))
def defaults(a, b=[], c={}):
    return b is defaults.__defaults__[0]
print(defaults(1))
