# Context of __index__, __int__, __float__ and __round__
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), "ab" * Idx(2))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __round__(self, n=None):
        return "rounded" if n is None else f"rounded to {n}"
n = Num()
print(int(n), float(n), round(n), round(n, 2))
class Lenny:
    def __len__(self):
        return 4
print(len(Lenny()))
