# in-place operators with __iadd__ vs fallback, and mutable sharing
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        print("iadd called")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("add called")
        return Bag(self.items + list(other))
    def __repr__(self):
        return "Bag(%r)" % (self.items,)

b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
b = b + [4]
print(b, alias, b is alias)

class Counter:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        print("add")
        return Counter(self.n + o)
    def __repr__(self): return f"Counter({self.n})"
c = Counter(1)
d = c
c += 5
print(c, d, c is d)

class NoneIadd:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
x = NoneIadd()
x += 1
print(x)

class RetNone:
    def __iadd__(self, o):
        pass
y = RetNone()
y += 1
print(y)

class L(list):
    pass
l = L([1, 2])
l2 = l
l += [3]
print(l, l2 is l, type(l).__name__)
l = l + [4]
print(l, type(l).__name__)

class ISub:
    def __init__(self, v): self.v = v
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
s = ISub(100)
s -= 10; print(s.v)
s *= 3; print(s.v)
s //= 7; print(s.v)
s %= 20; print(s.v)
s **= 2; print(s.v)
s <<= 2; print(s.v)
s >>= 1; print(s.v)
s &= 0xff; print(s.v)
s |= 0x100; print(s.v)
s ^= 0x1; print(s.v)
s /= 4; print(s.v)
lst = [ISub(1)]
lst[0] -= 0
print(lst[0].v)
d = {"k": ISub(2)}
d["k"] *= 5
print(d["k"].v)
