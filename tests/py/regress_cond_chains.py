# Regression: and/or condition chains merged into one fused jump
# Conditions chained with and/or (merged into one short-circuiting test): every shape, the
# evaluation order, truthiness of non-bools, and errors from a later operand.

class B:
    log = []

    def __init__(self, name, v):
        self.name, self.v = name, v

    def __bool__(self):
        B.log.append(self.name)
        return self.v


def show(f):
    B.log = []
    r = f()
    return r, "".join(B.log)


t, f = B("t", True), B("f", False)
T2, F2 = B("T", True), B("F", False)
print(show(lambda: 1 if t or f else 0), show(lambda: 1 if f or t else 0))
print(show(lambda: 1 if f and t else 0), show(lambda: 1 if t and f else 0))
print(show(lambda: 1 if f or F2 or t else 0), show(lambda: 1 if t and T2 and f else 0))
print(show(lambda: 1 if (f or t) and (F2 or T2) else 0), show(lambda: 1 if t and f or T2 else 0))
print(show(lambda: 1 if not f and not F2 else 0), show(lambda: 1 if not t or not f else 0))


def classify(x, y):
    if x == y or x - y == 1 or y - x == 1:
        return "near"
    elif x > 10 and y > 10 and x != y:
        return "big"
    elif not x or not y:
        return "zero"
    return "far"


print([classify(a, b) for a in (0, 3, 12, 20) for b in (0, 4, 11, 20)])
vals = [0, "", [], [0], None, "a", 0.0, 2, (), {}]
print([v for v in vals if v or v == 0], [i for i, v in enumerate(vals) if v and i % 2])
n, k = 0, 0
while n < 100 and (k < 7 or n % 3):
    n += 1
    if n % 5 == 0 or n % 7 == 0:
        k += 1
print(n, k)

# an error in a later operand is raised (on its line) after the earlier ones ran
try:
    z = 0
    if z == 1 or 10 // z > 1:
        print("no")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    d = {}
    if d and d["x"] or d["y"]:
        print("no")
except KeyError as e:
    print("KeyError:", e)
a, b = 5, "s"
try:
    if (a > 3 and
            b > 3):
        pass
except TypeError as e:
    print("TypeError:", e)
