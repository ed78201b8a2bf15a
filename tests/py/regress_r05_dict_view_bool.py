# Regression: dict views are falsy when the dict is empty
d = {}
print(bool(d.keys()), bool(d.values()), bool(d.items()), "yes" if d.keys() else "no")
