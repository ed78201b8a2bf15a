# dict.get/setdefault/pop with defaults, in-place updates during iteration over a copy
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d2 = {i: i * i for i in range(6)}
for k, v in list(d2.items()):
    if v > 10:
        d2.pop(k)
print(d2)
print(d2.pop(99, None), d2.get(0), d2.setdefault(0, "ignored"), d2.setdefault(7))
print(d2)
scores = {}
for name, s in [("a", 5), ("b", 3), ("a", 7), ("c", 1), ("b", 9)]:
    best = scores.get(name)
    if best is None or s > best:
        scores[name] = s
print(scores, max(scores.values()), [k for k, v in scores.items() if v == max(scores.values())])
