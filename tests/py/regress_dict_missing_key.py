# A dict subscript with an absent str or int key raises KeyError directly (fused trees and the dispatch loop).
d = {1: "a", 2.0: "b", True: "c", "s": 1, 2.5: "f", (1, 2): "t"}
for k in (1, 2, 2.0, 3, "s", "x", 2.5, 3.5, (1, 2), (2, 1), True, False, -0.0, 0):
    try:
        print(repr(k), d[k])
    except KeyError as e:
        print(repr(k), "KeyError", e, repr(e.args))
def f(dd, k):
    return dd[k]
t = 0
for i in range(50):
    try:
        t += f({}, i)
    except LookupError as e:
        t += e.args[0]
print(t)
try:
    try:
        {}[5]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as v:
    print(repr(v.__cause__), v.__cause__.__traceback__ is not None)
try:
    [][0]
except IndexError:
    try:
        {1: 2}[3]
    except KeyError as e:
        print("context", repr(e.__context__))
x = {10: 1}
print(x[10])
try:
    print(x[11])
except KeyError as e:
    print("KeyError", e)
g = {}
t = 0
for i in range(300):
    try:
        t += g[i]
    except KeyError:
        t += 1
print(t)
