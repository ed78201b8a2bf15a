# f-strings inside loops, comprehensions, lambdas and with dict/attribute access
people = [{"name": "Ann", "age": 31}, {"name": "Bob", "age": 4}]
for p in people:
    print(f"{p['name']:<5} is {p['age']:>3} year{'s' if p['age'] != 1 else ''} old")
class C:
    x = 3
    def __init__(self):
        self.items = [1, 2, 3]
c = C()
print(f"{c.x} {c.items[-1]} {c.items[:2]} {len(c.items)} {C.x * 2}")
fmt = lambda v: f"<{v:^6}>"
print([fmt(v) for v in ("a", 12, 3.5)])
print(f"{'-'.join(f'{i}{i}' for i in range(3))}")
d = {"k": {"n": [10, 20]}}
print(f"{d['k']['n'][1]:05d}")
