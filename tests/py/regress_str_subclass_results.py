# Regression: str(), repr(), ascii(), format() and a one-field f-string turned a str subclass from __str__/__repr__/__format__ into str
class MyS(str): pass
class A:
    def __str__(self): return MyS("s")
    def __repr__(self): return MyS("r")
    def __format__(self, spec): return MyS("f" + spec)
a = A()
def n(v): return type(v).__name__
print(n(str(a)), n(repr(a)), n(format(a)), n(format(a, "x")), n(ascii(a)))
print(n(f"{a}"), n(f"{a:}"), n(f"{a:x}"), n(f"{a!r}"), n(f"{a!s}"), n(f"x{a}"), n(f"{a}{a}"))
print(n(str(MyS("q"))), n(format(MyS("q"))), n(f"{MyS('q')}"), n(str.__str__(MyS("q"))))
print(n(a.__str__()), n(object.__str__(a)), n(object.__repr__(a)), n(str(object=a)))
class B:
    def __str__(self): return MyS("b")
print(n(repr(B())), n(format(B())), n(f"{B()}"), n(str(B())), n(object.__format__(B(), "")))
class U:
    def __repr__(self): return MyS("\u00e9")
print(n(ascii(U())), ascii(U()), n(repr(U())))
print(str(a), repr(a), format(a), f"{a}", f"{a:{'y'}}", f"{a:{a}}")
class Bad:
    def __str__(self): return 1
    def __format__(self, spec): return 2
for f in (str, format, lambda v: f"{v}"):
    try:
        f(Bad())
    except TypeError as e:
        print(e)
