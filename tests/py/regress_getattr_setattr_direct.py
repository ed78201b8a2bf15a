# getattr with a default and setattr take a direct entry (call3); their errors and hooks stay as before.
class C:
    a = 1
    def __getattr__(self, n):
        if n == "dyn":
            return 42
        raise AttributeError(n)
class D:
    @property
    def p(self):
        raise AttributeError("inner")
c = C()
print(getattr(c, "a", 0), getattr(c, "zz", 1), getattr(c, "dyn", 2), getattr(D(), "p", "dflt"), getattr(1, "real", 0), getattr(1, "nope", None))
setattr(c, "b", 5)
print(c.b, getattr(c, "b", 0))
for bad in (lambda: getattr(c, 1, 2), lambda: setattr(c, 1, 2), lambda: setattr(1, "x", 2)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class E:
    @property
    def q(self):
        raise ValueError("not attr")
try:
    getattr(E(), "q", 0)
except ValueError as e:
    print("ValueError", e)
