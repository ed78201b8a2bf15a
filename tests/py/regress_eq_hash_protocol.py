# Regression: != ignored the truthiness of __eq__'s result; __eq__ assigned after class creation made instances unhashable; __hash__ returning an int subclass was refused
class F:
    def __bool__(self): return False
class T:
    def __len__(self): return 1
class D:
    def __eq__(self, o): return []
class E:
    def __eq__(self, o): return F()
class G:
    def __eq__(self, o): return [1]
class H:
    def __eq__(self, o): return T()
class Z:
    def __eq__(self, o): return 0
class NI:
    def __eq__(self, o): return NotImplemented
print(D() != D(), E() != E(), G() != G(), H() != H(), Z() != Z(), Z() != 1, 1 != Z())
n = NI()
print(n != n, NI() != NI())
print(D().__ne__(1), G().__ne__(1), NI().__ne__(1))
class I(int): pass
print(I(1) != 1, I(1) != I(2))
print([D()] != [D()], (E(),) != (E(),))
class Raises:
    def __bool__(self): raise ValueError("no bool")
class R:
    def __eq__(self, o): return Raises()
try:
    R() != R()
except ValueError as e: print("ValueError", e)

class B: pass
B.__eq__ = lambda self, o: self is o
print(len({B(), B()}))
b = B()
print({b: 1}[b], hash(b) == hash(b), B.__hash__ is object.__hash__)
class C:
    def __eq__(self, o): return True
try:
    hash(C())
except TypeError as e: print(e)
print(C.__hash__)
del C.__hash__
c = C()
print(hash(c) == hash(c), len({C(), C()}))
class D2(B): pass
print(len({D2(), D2()}))
class E2:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(len({E2(), E2()}))
X = type('X', (), {'__eq__': lambda s, o: True})
print(X.__hash__)
class K:
    def __hash__(self): return 1
class L(K):
    def __eq__(self, o): return False
print(L.__hash__)
L.__hash__ = K.__hash__
print(hash(L()))
class M: pass
M.__eq__ = lambda s, o: True
M.__hash__ = None
try:
    hash(M())
except TypeError as e: print(e)

class HI:
    def __hash__(self): return I(12)
print(hash(HI()), {HI(): 1} != {}, len({HI(), HI()}))
class HB:
    def __hash__(self): return True
print(hash(HB()))
class HN:
    def __hash__(self): return I(-1)
print(hash(HN()))
class HBig:
    def __hash__(self): return 2**64 + 5
print(hash(HBig()))
class HF:
    def __hash__(self): return 1.5
try:
    hash(HF())
except TypeError as e: print(e)
class FS(float): pass
class HFS:
    def __hash__(self): return FS(2.0)
try:
    hash(HFS())
except TypeError as e: print(e)
