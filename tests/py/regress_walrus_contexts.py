# Regression: a walrus stays valid where CPython's grammar has a named expression (statement-level ones are syntax errors)
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("long", n)
if m := len(data):
    print("if", m)
i = 0
while (i := i + 1) < 3:
    print("while", i)
print([y := v * 2 for v in data], y)
print({w := v for v in data}, w)
print(list(z := v + 1 for v in data), z)
print(data[k := 1], k)
print(data[(lo := 1):3], lo)
print(max(a := 5, 2), a)
print(sorted(data, key=lambda v: (q := -v)))
print([b := 1, b + 1], (c := 2, c * 3), {d := 3, d})
def deco(f):
    return f
@(chosen := deco)
def g():
    return "g"
print(g(), chosen is deco)
@again := deco
def g2():
    return "g2"
print(g2(), again is deco)
match (s := [1, 2]):
    case [x, _] if (t := x + 10) > 5:
        print("matched", s, t)
print(1 if (e := 0) else 2, e)
print((lambda: (h := 7))())
def gen():
    yield (r := 5)
    print("r", r)
print(list(gen()))
class K(object if (base := 1) else int):
    pass
print(K.__bases__, base)
