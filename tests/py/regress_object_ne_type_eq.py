# Regression: object.__ne__(a, b) returned NotImplemented for builtin values; CPython's calls the == of a's type (no reflection) and inverts it
vals = [1, 2, 1.0, 2.5, True, "a", "b", b"a", [1], [1], (1,), {1: 2}, {1, 2}, frozenset({1, 2}), range(3), range(0, 3), None, 1j,
        slice(1, 2), float("nan")]
for a in vals:
    row = []
    for b in vals:
        row.append({True: "T", False: "F", NotImplemented: "N"}[object.__ne__(a, b)])
    print(repr(a).ljust(16), "".join(row))
for op in ("__eq__", "__lt__", "__le__", "__gt__", "__ge__"):
    f = getattr(object, op)
    print(op, f(1, 2), f("a", "b"), f([1], [1]), f(None, None))
x = [1]
print(object.__eq__(x, x), object.__ne__(x, x), object.__eq__(x, [1]))

class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("P.__eq__", self.v, getattr(o, "v", o))
        return self.v == getattr(o, "v", o)
    def __ne__(self, o):
        r = super().__ne__(o)
        print("super ne ->", r)
        return r
print(P(1) != P(2), P(1) != P(1), P(1) != 1)
class Q:
    def __eq__(self, o): return NotImplemented
print(object.__ne__(Q(), Q()), object.__ne__(Q(), 1))
class Plain: pass
p = Plain()
print(object.__ne__(p, p), object.__ne__(p, Plain()), p != p, p != Plain())
class L(list):
    def __ne__(self, o): return super(list, self).__ne__(o)
print(L([1]) != [2], L([1]) != [1], L([1]) != (1,))
class I(int):
    pass
print(object.__ne__(I(1), 1), object.__ne__(1, I(1)), object.__ne__(I(1), 1.0), object.__ne__(1.0, I(1)))
class R:
    def __eq__(self, o): return "yes"
print(object.__ne__(R(), 0), object.__ne__(0, R()))
class Odd:
    def __eq__(self, o): return []
print(object.__ne__(Odd(), 1), Odd() != 1)
