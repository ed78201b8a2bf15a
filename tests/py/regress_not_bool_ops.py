# Regression: not over and/or
# `not` over `and`/`or` in a condition asks each operand for its truth once, as CPython does.
class B:
    def __init__(self, n, v):
        self.n = n
        self.v = v

    def __bool__(self):
        print("  bool", self.n)
        return self.v


def check(label, a, b, c):
    print(label)
    if not (a and b):
        print("  not-and taken")
    else:
        print("  not-and not taken")
    if not (a or b):
        print("  not-or taken")
    elif not (b and c or a):
        print("  elif taken")
    else:
        print("  else")
    n = 0
    while not (a or b or c) and n < 2:
        n += 1
        print("  loop", n)
    print("  comp", [i for i in range(2) if not (a and i)])
    print("  value", not (a and b), not (a or b))
    if not not (a or b):
        print("  double not")


for va in (False, True):
    for vb in (False, True):
        check(f"a={va} b={vb}", B("a", va), B("b", vb), B("c", False))
