# Line continuations, semicolons, chained assignment, augmented assignment on targets
total = 1 + \
        2 + \
        3
items = [
    1,
    2,  # trailing comma below
]
a = b = c = 7; a += 1; print(a, b, c, total, items)
d = {"k": [1, 2]}
d["k"][0] += 10
d["k"] += [3]
print(d)
class O:
    pass
o = O()
o.n = 1
o.n *= 5
o.lst = [1]
o.lst *= 2
print(o.n, o.lst)
x = [0, 1, 2]
i = 0
x[i], i = 5, 2
print(x, i)
s = "abc" "def" \
    "ghi"
print(s)
if (True and
        not False):
    print("multi-line condition")
