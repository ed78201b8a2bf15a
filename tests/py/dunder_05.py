# __str__ vs __repr__ in containers, print, format and f-strings
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.cents:{spec[:-1]}d}c"
        return format(str(self), spec)
m = Money(1234)
print(m)
print(str(m), repr(m))
print([m, Money(5)])
print(f"{m} {m!r} {m:>10} {m:6c}")
print("{} {!r}".format(m, m))
print("%s %r" % (m, m))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
