# Regression: constructing after __init__/__new__ change
# Constructing instances of a class after its __init__ or __new__ changes (the per-class
# constructor cache follows every change).

class P:
    def __init__(self, x):
        self.x = x


def make(n):
    return [P(i).x for i in range(n)]


print(sum(make(100)))


def init2(self, x):
    self.x = x * 10


P.__init__ = init2
print(sum(make(100)))


class Q(P):
    pass


print(Q(3).x)
P.__init__ = lambda self, x: setattr(self, "x", -x)
print(Q(3).x, P(4).x)


def new(cls, *a):
    o = object.__new__(cls)
    o.made = True
    return o


Q.__new__ = new
q = Q(5)
print(q.x, q.made)
Q.__new__ = lambda cls, *a: object.__new__(cls)
print(hasattr(Q(6), "made"), Q(6).x)
del P.__init__
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
print(type(P()).__name__)
