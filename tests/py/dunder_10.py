# __contains__ fallback to __iter__, __reversed__, __len__ with reversed()
class Word:
    def __init__(self, s):
        self.s = s
    def __iter__(self):
        return iter(self.s)
    def __reversed__(self):
        return iter(self.s[::-1].upper())
w = Word("abc")
print("b" in w, "z" in w, list(reversed(w)), list(w))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if 0 <= i < 3:
            return "xyz"[i]
        raise IndexError
print(list(reversed(Seq())), "y" in Seq(), len(Seq()))
