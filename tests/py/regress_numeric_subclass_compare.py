# Regression: comparisons with a float/complex subclass reflect to its methods; a builtin subclass whose comparison returns NotImplemented gets the reflected builtin or identity
def t(f):
    try: print(repr(f()))
    except TypeError as e: print("TypeError:", e)
class K(float):
    def __lt__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
    __hash__ = float.__hash__
t(lambda: K(1.0) < 2)
t(lambda: K(1.0) == 1)
t(lambda: 1 == K(1.0))
t(lambda: K(1.0) == 1.0)
t(lambda: K(1.0) == K(1.0))
class I(int):
    def __eq__(self, o): return NotImplemented
    __hash__ = int.__hash__
t(lambda: I(1) == I(1))
t(lambda: I(1) == 1)
t(lambda: 1.0 == I(1))
t(lambda: I(1) != I(1))
class K2(float):
    def __gt__(self, o): return "K2.gt"
class I2(int):
    def __eq__(self, o): return "I2.eq"
    __hash__ = int.__hash__
t(lambda: I2(1) < K2(2.0))
t(lambda: 1.0 < K2(2.0))
t(lambda: True < K2(2.0))
class C(complex):
    def __eq__(self, o): return "C.eq"
    def __ne__(self, o): return "C.ne"
t(lambda: 1 != C(1))
t(lambda: 1.5 != C(1))
t(lambda: 1j == C(1))
t(lambda: C(1) == 1)
class F(float): pass
t(lambda: 1 == F(1.0))
t(lambda: 1 < F(2.0))
t(lambda: F(2.0) > 1)
t(lambda: 2 ** 60 == F(2.0 ** 60))
class Ls(list):
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
t(lambda: Ls() == Ls())
t(lambda: Ls() != Ls())
t(lambda: Ls() == [])
t(lambda: [] == Ls())
t(lambda: Ls() != [])
class S(str):
    def __lt__(self, o): return NotImplemented
t(lambda: S("a") < "b")
t(lambda: S("a") < S("b"))
t(lambda: S("a") < 1)
class D(dict):
    def __eq__(self, o): return NotImplemented
t(lambda: D() == D())
t(lambda: D() == {})
t(lambda: D() != D())
class K(float):
    def __eq__(self, o): return "K.eq"
    def __gt__(self, o): return "K.gt"
    __hash__ = float.__hash__
print(1 == K(1), 1 < K(1))
class C(complex):
    def __eq__(self, o): return "C.eq"
print(1 == C(1), 1.0 == C(1))
