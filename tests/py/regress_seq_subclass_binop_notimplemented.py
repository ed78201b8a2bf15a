# Regression: a str/bytes/list/tuple subclass whose __add__/__mul__/__mod__ returns NotImplemented loses the base type's concatenation, repetition and formatting
def t(f):
    try: print(repr(f()))
    except TypeError as e: print("TypeError:", e)
class L(list):
    def __add__(self, o): return NotImplemented
    def __iadd__(self, o): return NotImplemented
def f():
    x = L([1]); x += [2]; return x
t(f)
class L2(list):
    def __add__(self, o): return NotImplemented
def f():
    x = L2([1]); x += [2]; return x
t(f)
class LM(list):
    def __mul__(self, o): return NotImplemented
def f():
    x = LM([1]); x *= 2; return x
t(f)
t(lambda: LM([1]) * 2)
t(lambda: 2 * LM([1]))
class X:
    def __mul__(self, o): return NotImplemented
    def __index__(self): return 2
t(lambda: X() * [1])
class I(int):
    def __mul__(self, o): return NotImplemented
t(lambda: I(2) * [1])
t(lambda: I(2) * 3)
class F(float):
    def __add__(self, o): return NotImplemented
t(lambda: F(1.0) + 1)
t(lambda: F(1.0) + 1.5)
class S(str):
    def __mod__(self, o): return NotImplemented
    def __add__(self, o): return NotImplemented
t(lambda: S("%s") % "x")
t(lambda: S("a") + "b")
t(lambda: S("a") * 2)
class P(tuple):
    def __add__(self, o): return NotImplemented
t(lambda: P((1,)) + P((2,)))
t(lambda: (0,) + P((2,)))
class B(bytes):
    def __mod__(self, o): return NotImplemented
t(lambda: B(b"%d") % 5)
t(lambda: B(b"%s") % b"x")
class SS(set):
    def __or__(self, o): return NotImplemented
t(lambda: SS({1}) | {2: 3}.keys())
class TR(tuple):
    def __rmul__(self, o): return NotImplemented
t(lambda: TR((1,)) * 2)
t(lambda: 2 * TR((1,)))
class C(complex):
    def __add__(self, o): return NotImplemented
t(lambda: C(1) + 1)
t(lambda: C(1) + 1j)
class I2(int):
    def __add__(self, o): return NotImplemented
t(lambda: I2(1) + 1.5)
t(lambda: I2(1) + True)
class S(str): pass
class L(list): pass
class T(tuple): pass
class B(bytes): pass
t(lambda: S("a") + 1)
t(lambda: L([1]) + 1)
t(lambda: T((1,)) + 1)
t(lambda: B(b"a") + 1)
t(lambda: L([1]) * 1.5)
t(lambda: 1.5 * T((1,)))
class SA(str):
    def __add__(self, o): return NotImplemented
t(lambda: SA("a") + 1)
t(lambda: "a" + SA("b"))
class LR(list):
    def __radd__(self, o): return NotImplemented
t(lambda: [1] + LR([2]))
t(lambda: (1,) + LR([2]))
class TM(tuple):
    def __mul__(self, o): return NotImplemented
t(lambda: TM((1,)) * 1.5)
t(lambda: 2 * TM((1,)))
class IR(int):
    def __rmul__(self, o): return NotImplemented
t(lambda: 2 * IR(3))
t(lambda: [1] * IR(3))
t(lambda: "ab" * IR(2))
def g():
    x = TM((1,)); x *= 2; return x
t(g)
class LA(list):
    def __add__(self, o): return NotImplemented
def g():
    x = LA((1,)); x += (2,); return x
t(g)
def g():
    x = LA((1,)); x = x + 5; return x
t(g)
