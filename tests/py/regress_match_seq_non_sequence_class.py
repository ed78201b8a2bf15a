# Regression: a class with only __len__ and __getitem__ is not a sequence pattern subject
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i): return [1, 2][i]
match Seq():
    case [a, b]: print("matched", a, b)
    case _: print("not a sequence")
