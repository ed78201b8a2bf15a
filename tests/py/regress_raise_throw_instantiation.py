# Regression: `raise C` whose __new__ returns a non-exception names the type by repr; an error instantiating throw()'s exception is thrown into the generator
class C(Exception):
    def __new__(cls, *a):
        return 5

try:
    raise C
except TypeError as e:
    print("TE", e)

class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)

def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("gen caught", type(e).__name__, e.args)

g = gen()
next(g)
g.throw(MyErr, (1, 2))
g.throw(MyErr, 1)
g.throw(C)
g.throw(C, 1)

def plain():
    yield 1
p = plain()
next(p)
try:
    p.throw(MyErr, 1)
except TypeError as e:
    print("propagated", e)
print(next(p, "finished"))

fresh = plain()
try:
    fresh.throw(C)
except TypeError as e:
    print("not started", e)

# the argument checks themselves still fail at the call
try:
    g.throw(ValueError("a"), "b")
except TypeError as e:
    print("TE", e)
try:
    g.throw(5)
except TypeError as e:
    print("TE", e)
