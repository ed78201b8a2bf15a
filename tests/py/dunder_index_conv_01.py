# __index__/__int__/__float__ and numeric conversions
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
lst = [10, 20, 30, 40]
print(lst[i], lst[Idx(-1)], lst[Idx(1):Idx(3)], "abcdef"[i:], (1, 2, 3)[i])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
print([0] * Idx(3), "ab" * Idx(2), int(Idx(7)) if hasattr(int, "__index__") else 0)
print(operator_index := Idx(4).__index__())
class I:
    def __int__(self): return 42
class F:
    def __float__(self): return 2.5
class IF:
    def __int__(self): return 1
    def __float__(self): return 1.5
    def __index__(self): return 7
print(int(I()), float(F()), int(IF()), float(IF()), lst[IF() .__index__() - 5])
print(round(2.5), round(3.5), round(F().__float__()))
try:
    lst[I()]
except TypeError as e:
    print(e)
try:
    float(I())
except TypeError as e:
    print(e)
try:
    int(F())
except TypeError as e:
    print(e)
class BadIdx:
    def __index__(self): return 1.5
try:
    [1, 2][BadIdx()]
except TypeError as e:
    print(e)
class Rnd:
    def __round__(self, n=None): return f"round({n})"
print(round(Rnd()), round(Rnd(), 2))
class Tr:
    def __trunc__(self): return 9
class Fl:
    def __floor__(self): return 1
    def __ceil__(self): return 2
print(complex(F()) if False else "skip")
class C:
    def __complex__(self): return 1+2j
print("skip")
print(divmod(Idx(7).__index__(), 2))
print(pow(2, Idx(10)) if False else 2 ** Idx(10).__index__())
class IdxHash(Idx):
    pass
print(int(IdxHash(12)))
print(isinstance(True.__index__(), int), True.__index__())
