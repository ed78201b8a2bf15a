# Regression: a failing `with ... as target` binding calls __exit__ with the error (binding is protected)
class CM:
    def __init__(self, ret, suppress=False):
        self.ret = ret
        self.suppress = suppress
    def __enter__(self):
        return self.ret
    def __exit__(self, et, ev, tb):
        print("exit called with", et.__name__ if et else None, ev)
        return self.suppress

try:
    with CM((1, 2, 3)) as (a, b):
        print("body")
except ValueError as e:
    print("VE", e)

with CM(5, True) as (a, b):
    print("not reached")
print("after suppress")

class Ro:
    __slots__ = ()
o = None
try:
    with CM(1) as o.attr:
        pass
except AttributeError as e:
    print("AE", e)

try:
    with CM(1) as Ro().x:
        pass
except AttributeError as e:
    print("AE", e)

d = {}
with CM(1) as d["k"]:
    pass
print(d)

# the second item's binding fails: both managers exit, innermost first
try:
    with CM(1) as a, CM(2) as (b, c):
        pass
except TypeError as e:
    print("TE", e)

def gen():
    with CM(3, True) as (x, y):
        yield 1
    yield 2
print(list(gen()))
