# expect-error: KeyError: ('x', 1)
d = {}
d[("x", 0)] = "zero"
print(d[("x", 0)])
print(d[("x", 1)])
