# Dict ordering, iteration and views
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 100
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d))
keys = d.keys()
vals = d.values()
items = d.items()
d["new"] = 1
print(len(keys), list(keys)[-1], list(vals)[-1], list(items)[-1])
print("mid" in keys, ("mid", 3) in items, 3 in vals)
for k, v in d.items():
    print(k, v, end="; ")
print()
print(sorted(d, key=d.get), max(d, key=lambda k: d[k]))
print({k: v for k, v in sorted(d.items())})
print(d.keys() & {"mid", "nope"}, sorted(d.keys() | {"x"}), sorted(d.keys() - {"mid"}))
