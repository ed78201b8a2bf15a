# Regression: divmod() dispatches as a number-protocol operator (int/float subclasses, __divmod__/__rdivmod__, errors)
class CI(int): pass
class CF(float): pass
pairs = [(7.5, CI(2)), (CI(7), 2.5), (CF(7.5), 2), (7, CF(2.5)), (CF(7.5), CI(2)), (CI(7), CF(2.5)),
         (CI(7), CI(2)), (CF(7.5), CF(2.0)), (7.5, True), (True, 0.5), (-7, 2), (-7.5, 2), (2**70, 3), (7, -2.0)]
for a, b in pairs:
    print(type(a).__name__, type(b).__name__, divmod(a, b), a // b, a % b)

def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ZeroDivisionError) as e:
        print(label, type(e).__name__ + ":", e)

class Money(int):
    def __divmod__(self, other):
        return super().__divmod__(other)
attempt("super int", lambda: divmod(Money(7), 2))
attempt("super float", lambda: divmod(Money(7), 2.0))
attempt("super str", lambda: divmod(Money(7), "x"))
attempt("sub str", lambda: divmod(CI(7), "x"))
attempt("str sub", lambda: divmod("x", CF(1.0)))
attempt("zero float", lambda: divmod(CI(7), 0.0))
attempt("zero int", lambda: divmod(CI(7), 0))
attempt("complex", lambda: divmod(1j, 2))
attempt("none", lambda: divmod(None, 2))
print((7).__divmod__(2.0), (7).__divmod__("x"), (7).__divmod__(2), (7).__divmod__(True))
print((7).__rdivmod__(2.0), (7).__rdivmod__(20), (2.0).__divmod__(7), (2.0).__rdivmod__(7))
print(float.__divmod__(7.5, CI(2)), float.__rdivmod__(2.0, 7), int.__divmod__(CI(9), CI(4)))
attempt("descr", lambda: int.__divmod__(7.0, 1))
attempt("arity", lambda: int.__divmod__(7))
attempt("float zero", lambda: (1.0).__divmod__(0))

class I(int):
    def __rdivmod__(self, o):
        print("  I.__rdivmod__ called with", o)
        return super().__rdivmod__(o)
print(divmod(2.0, I(7)), divmod(20, I(7)))

class J(int):
    def __add__(self, o): return 0
print(divmod(2.0, J(7)), divmod(J(9), 2))

class V:
    def __init__(self, n): self.n = n
    def __divmod__(self, o):
        return ("V.divmod", self.n, o) if isinstance(o, int) else NotImplemented
    def __rdivmod__(self, o):
        return ("V.rdivmod", self.n, o.n if isinstance(o, V) else o)
class W(V):
    def __rdivmod__(self, o):
        return ("W.rdivmod", self.n, o.n if isinstance(o, V) else o)
print(divmod(V(1), 5), divmod(5, V(2)), divmod("s", V(3)))
attempt("V str", lambda: divmod(V(1), "s"))
print(divmod(V(1), W(2)), divmod(W(1), V(2)))

class N:
    def __divmod__(self, o): return NotImplemented
    def __rdivmod__(self, o): return NotImplemented
attempt("both NotImplemented", lambda: divmod(N(), N()))
attempt("int and N", lambda: divmod(3, N()))
