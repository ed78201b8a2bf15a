# Regression: an int or float subclass defining __eq__ without __hash__ stayed hashable
class I(int):
    def __eq__(self, o): return int(self) == int(o)
class F(float):
    def __eq__(self, o): return float(self) == float(o)
class C(complex):
    def __eq__(self, o): return True
class S(str):
    def __eq__(self, o): return True
class B(bytes):
    def __eq__(self, o): return True
for cls, arg in [(I, 3), (F, 1.5), (C, 2j), (S, "s"), (B, b"b")]:
    print(cls.__name__, cls.__hash__ is None)
    for f in [hash, lambda v: {v}, lambda v: {v: 1}]:
        try:
            print(f(cls(arg)))
        except TypeError as e:
            print(e)
class J(int):
    def __eq__(self, o): return int(self) == int(o)
    __hash__ = int.__hash__
print(hash(J(5)), {J(5): 1}[5])
class K(I):
    def __hash__(self): return 9
print(hash(K(1)))
