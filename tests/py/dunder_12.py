# Augmented assignment falls back to binary ops; in-place on lists vs tuples
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
a = Acc(1)
orig = a
a += 5
print(a.v, a is orig)
l = [1]
l2 = l
l += [2]
print(l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s = "ab"
s += "c"
print(s)
class Both:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print("iadd")
        self.items.append(o)
        return self
    def __add__(self, o):
        print("add")
        return self
b = Both()
b += 1
b = b + 2
print(b.items)
