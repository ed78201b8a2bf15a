# formatting user objects: __str__/__repr__/__format__ interplay
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "only-str"
class Both:
    def __str__(self): return "both-str"
    def __repr__(self): return "both-repr"
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
    def __str__(self): return "fmt-str"
class BadFmt:
    def __format__(self, spec): return 42
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CFK" else "C"
        num_spec = spec[:-1] if spec and spec[-1] in "CFK" else spec
        val = {"C": self.c, "F": self.c * 9 / 5 + 32, "K": self.c + 273.15}[unit]
        return f"{val:{num_spec}}°{unit}"
o1, o2, o3, o4 = OnlyRepr(), OnlyStr(), Both(), Fmt()
print(o1, str(o1), repr(o1), f"{o1}", f"{o1!r}", "{}".format(o1), "%s %r" % (o1, o1), [o1], (o1,), {"k": o1})
print(o2, f"{o2}", f"{o2!s}", "%s" % o2, [o2][0])
print(o3, f"{o3}", f"{o3!r}", f"{o3!s:>10}", "{0!r:^11}".format(o3), "%-10s|%10r" % (o3, o3), [o3], str([o3]))
print(f"{o4}", f"{o4:xyz}", format(o4), format(o4, "<5"), "{:abc}".format(o4), "{!s}".format(o4), f"{o4!s:>8}", "%s" % o4)
try:
    f"{OnlyStr():>10}"
except TypeError as e:
    print("TypeError", e)
try:
    format(BadFmt())
except TypeError as e:
    print("TypeError", e)
t = Temp(21.5)
print(f"{t}", f"{t:.1fF}", f"{t:>8.2fK}", "{:.0fC}".format(t), format(t, "e"))
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec): return format(str(self), spec)
prices = [Money(1999), Money(5), Money(123456)]
for p in prices:
    print(f"|{p:>12}|{p:<12}|{p:^12}|{p!r:>15}|")
print(prices, str(prices), f"{prices}")
class E(Exception):
    def __str__(self): return "custom message"
try:
    raise E("ignored")
except E as e:
    print(e, repr(e) if False else "", f"{e}", "%s" % e, str(e), e.args)
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
n = N(5)
print(hex(n), bin(n), oct(n), [10, 20, 30, 40, 50, 60][n], "abcdef"[n], range(n), "%x" % n if False else "", list(range(10))[N(1):N(4)])
class I:
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(I()), float(I()), "%d" % 3.7, "%.1f" % I() if False else "")
