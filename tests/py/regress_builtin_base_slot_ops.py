# Regression: an operator on a subclass of a builtin sequence fails as the base type's slot does (not as its __mul__ method), and list/tuple __add__/__mul__ called directly raise
def t(f):
    try: print(repr(f()))
    except TypeError as e: print("TypeError:", e)
class S(str): pass
class L(list): pass
class T(tuple): pass
class B(bytes): pass
class I(int): pass
t(lambda: S("a") * 1.5)
t(lambda: 1.5 * S("a"))
t(lambda: S("ab") * 2)
t(lambda: 2 * S("ab"))
t(lambda: L([1]) * 2.0)
t(lambda: "x" * T((1,)))
t(lambda: B(b"a") * 1.5)
t(lambda: S("a") + 1)
t(lambda: S("a") + S("b"))
t(lambda: I(3) * S("x"))
t(lambda: S("x") * I(3))
t(lambda: I(2) + 1.5)
t(lambda: 1.5 + I(2))
t(lambda: [1].__mul__(1.5))
t(lambda: [1].__rmul__(2))
t(lambda: (1,).__rmul__("x"))
t(lambda: (1,).__mul__(3))
t(lambda: [1].__add__(5))
t(lambda: (1,).__add__(5))
t(lambda: (1,).__add__((2,)))
t(lambda: "a".__mul__(1.5))
t(lambda: L([1, 2]).__mul__(2))
class X:
    def __index__(self): return 2
t(lambda: [7].__mul__(X()))
t(lambda: S("z") * X())
