# Regression: `and`/`or` inside a conditional expression used as a condition asked an operand's __bool__ twice
class B:
    def __init__(self, name, v):
        self.name = name
        self.v = v

    def __bool__(self):
        print("  bool", self.name, self.v)
        return self.v


def run(p, a, b, c):
    print("====", p, a.v, b.v, c.v)
    print("if (a and b if p else c)")
    if (a and b if p else c):
        print("  yes")
    print("if (a or b if p else c)")
    if (a or b if p else c):
        print("  yes")
    print("if (c if p else a and b)")
    if (c if p else a and b):
        print("  yes")
    print("if not (a and b if p else c)")
    if not (a and b if p else c):
        print("  yes")
    print("while (a and b if p else c)")
    n = 0
    while (a and b if p else c) and n < 1:
        n += 1
    print("  ", n)
    print("filter")
    print("  ", [i for i in [1] if (a or b if p else c)])
    print("value")
    v = (a and b if p else c)
    print("  ", v.name)


for p in (True, False):
    for av in (True, False):
        for bv in (True, False):
            run(p, B("a", av), B("b", bv), B("c", False))
