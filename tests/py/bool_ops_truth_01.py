class T:
    def __init__(self, n, v): self.n = n; self.v = v
    def __bool__(self):
        print("bool", self.n)
        return self.v
if T(1, False) or T(2, True) or T(3, True):
    print("yes")
if T(4, True) and T(5, False):
    print("no")
else:
    print("else")
x = T(6, False) or T(7, False)
print(x.n)
while T(8, False) or T(9, False):
    pass
print([i for i in range(5) if i > 3 or i < 1])
print("ok" if (T(10, True) and T(11, True)) else "ko")
i = 0
while i < 3 and (i < 10 or i > 20):
    i += 1
print(i)
