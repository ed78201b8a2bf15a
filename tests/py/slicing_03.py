# Slicing with negative steps on strings and slice objects in classes
s = "0123456789"
for start in (None, 8, -2):
    for stop in (None, 2, -8):
        for step in (-1, -3):
            print(repr(s[start:stop:step]), end=" ")
    print()
class Seq:
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return ("slice", idx.start, idx.stop, idx.step)
        return ("index", idx)
q = Seq()
print(q[1], q[1:2], q[::3], q[:-1], q[1:2:3], q["k"])
print(q[1, 2], q[1:2, 3])
