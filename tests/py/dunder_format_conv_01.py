# builtin-subclass reflected priority, f-string = specifier, conversions
class L(list):
    def __radd__(self, other):
        return "L.__radd__ first"
    def __add__(self, other):
        return "L.__add__"
print([1] + L([2]), L([1]) + [2])
class I(int):
    def __radd__(self, o): return "I.__radd__"
    def __rsub__(self, o): return "I.__rsub__"
    def __rmul__(self, o): return "I.__rmul__"
print(1 + I(2), 1 - I(2), 3 * I(1), I(2) + 1)
class F(float):
    def __rtruediv__(self, o): return "F.__rtruediv__"
print(1 / F(2.0), 1.0 / F(2.0), F(2.0) / 1)
class S(str):
    def __radd__(self, o): return "S.__radd__"
    def __rmod__(self, o): return "S.__rmod__"
print("a" + S("b"), S("b") + "a", "%s" % S("x"))
class T(tuple):
    def __radd__(self, o): return "T.__radd__"
print((1,) + T((2,)))
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P<{self.v}>"
    def __str__(self): return f"p{self.v}"
    def __format__(self, spec): return f"fmt[{spec}]"
p = P(3)
x = 10
print(f"{p=}", f"{p=!s}", f"{p=:>5}", f"{x=}", f"{x = }", f"{x*2=}", f"{p!r:>10}|", f"{p!s:*^9}", f"{p!a}")
print("{0!r} {0!s} {0:spec} {0}".format(p))
print("%s %r %5s|" % (p, p, P(1)))
print(format(p), format(p, "z"), str(p), repr(p), ascii(p))
class U:
    def __repr__(self): return "ünï"
print(ascii(U()), repr(U()), f"{U()!a}", ascii([U()]))
