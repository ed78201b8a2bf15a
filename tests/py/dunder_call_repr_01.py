# __call__, callable(), __repr__/__str__/__format__
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(callable(add5), callable(Adder), callable(5), callable(print), callable(lambda: 0))
print(list(map(add5, [1, 2, 3])))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(e)

class R:
    def __repr__(self): return "R<repr>"
class S:
    def __str__(self): return "S<str>"
class RS:
    def __repr__(self): return "RS<repr>"
    def __str__(self): return "RS<str>"
for o in [R(), RS()]:
    print(o, str(o), repr(o), f"{o}", f"{o!r}", f"{o!s}", "%s %r" % (o, o), "{} {!r}".format(o, o))
print(str(S()), [R(), RS()], (R(),), {1: RS()})
print(repr(S()).startswith("<__main__.S object at 0x"))
print(str([S()]).startswith("[<__main__.S object"))

class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "d":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec}}"
    def __str__(self): return f"{self.cents}c"
m = Money(12345)
print(f"{m}", f"{m:d}", f"{m:.1f}", f"{m:>12.2f}|", format(m, ".3f"), "{:d}".format(m), "{0:.2f}".format(m))
class NoFmt: pass
try:
    format(NoFmt(), "d")
except TypeError as e:
    print(e)
print(format(NoFmt(), "").startswith("<__main__"))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, s): return 1
try:
    f"{BadFormat()}"
except TypeError as e:
    print(e)
class StrSub(str):
    def __str__(self): return "overridden"
print(str(StrSub("x")), StrSub("x"), StrSub("z") + "!")
