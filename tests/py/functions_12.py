# Lambdas in data structures, sorting with complex keys, and immediate invocation
table = [
    {"name": "widget", "price": 2.5, "tags": ["a", "b"]},
    {"name": "gadget", "price": 2.5, "tags": ["c"]},
    {"name": "doohickey", "price": 0.75, "tags": []},
]
by = lambda field, rev=False: sorted(table, key=lambda r: r[field], reverse=rev)
print([r["name"] for r in by("price")], [r["name"] for r in by("name", True)])
print([r["name"] for r in sorted(table, key=lambda r: (-r["price"], len(r["tags"]), r["name"]))])
print((lambda x, y=2: x ** y)(5), (lambda *a: sum(a))(1, 2, 3), (lambda: (yield))().__class__.__name__ if False else "gen")
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World  "
for step in pipeline:
    value = step(value)
print(value)
