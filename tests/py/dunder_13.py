# Bitwise and shift dunders on a bitset class, reflected subtraction and division
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __invert__(self): return Bits(~self.v & 0xFF)
    def __lshift__(self, n): return Bits((self.v << n) & 0xFF)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __repr__(self): return f"Bits({self.v:08b})"
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, ~a, a << 4, a >> 2)
class N:
    def __init__(self, v): self.v = v
    def __rsub__(self, o): return N(o - self.v)
    def __rtruediv__(self, o): return N(o / self.v)
    def __rfloordiv__(self, o): return N(o // self.v)
    def __rmod__(self, o): return N(o % self.v)
    def __rpow__(self, o): return N(o ** self.v)
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __repr__(self): return f"N({self.v})"
print(10 - N(3), 10 / N(4), 10 // N(4), 10 % N(4), 2 ** N(5), divmod(N(1), 2), divmod(7, N(2)))
