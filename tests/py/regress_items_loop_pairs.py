# `for k, v in d.items()` loops take each entry without building its tuple: same pairs, float
# and bool keys as stored, and the errors of a dict changed during the loop.
d = {"a": 1, 2: "b", 3.5: None, True: 0}
out = []
for k, v in d.items():
    out.append((k, v))
print(out)
s = 0
for k, v in {i: i * i for i in range(10)}.items():
    if k % 2:
        s += v
print(s)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d[k + 10] = v
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        del d[k]
        d[k + 100] = v
except RuntimeError as e:
    print("RuntimeError:", e)
vals = []
for k, v in dict(a=[1], b=[2]).items():
    vals.append(k)
    v.append(0)
print(vals)
