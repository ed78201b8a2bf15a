# Regression: join, extend, +=, star-unpacking and sum use a list/tuple subclass's own __iter__
class LS(list):
    def __iter__(self):
        yield "x"; yield "y"
l = LS(["a"])
print("-".join(l))
m = []; m.extend(l); print(m)
m = []; m += l; print(m)
print([*l])
def f(*a): print(a)
f(*l)
print(list(l), sorted(l), tuple(l))
class LN(list):
    def __iter__(self):
        return iter([5, 5])
print(sum(LN([1])))
class TS(tuple):
    def __iter__(self):
        return iter("pq")
t = TS((1,))
print([*t], list(t), "".join(t))
a, b = TS((1, 2))
print(a, b)
for x in l: print(x)
print(min(LN([9])), max(LN([1])), any(LN([0])), len(LN([0])))
