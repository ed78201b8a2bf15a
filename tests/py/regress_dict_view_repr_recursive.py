# Regression: a dict view whose items hold the view itself printed by CPython's Py_ReprEnter rule (was RecursionError)
d = {1: 2, "a": [3]}
print(d.keys(), d.values(), d.items())
print(repr({}.items()), str({}.values()))
d = {}
d[1] = d.values()
print(d)
print(repr(d[1]))
print([d.values()])
e = {}
e[1] = e.items()
print(e, e[1])
k = {}
k[1] = k.keys()
print(k)
v = {}
v["x"] = [v.values(), v]
print(v)
