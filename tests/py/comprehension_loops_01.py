# Comprehensions whose loop runs in one instruction (FOR_ITER_APPEND): every kind of source
# iterator, filters with side effects and __bool__, errors part-way, generators as sources.
calls = []
def note(x):
    calls.append(x)
    return x
data = [3, 1, 4, 1, 5, 9, 2, 6]
print([x * 2 for x in data], [x for x in data if x % 2], {x % 3 for x in data})
print([c for c in "héllo wörld"], [c.upper() for c in "abc"], sorted({c for c in "mississippi"}))
print([k for k in {"b": 1, "a": 2}], [v + 1 for v in {"b": 1, "a": 2}.values()], [kv for kv in {"x": 0}.items()])
print([x for x in range(10, 0, -3)], [x for x in (1, 2, 3)], [x for x in reversed(data) if x > 2])
print([x for x in map(note, [1, 2, 3]) if note(-x) < -1], calls)
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        calls.append("bool%d" % self.v)
        return self.v > 1
calls.clear()
print([b.v for b in [B(0), B(2), B(3)] if b], calls)
def gen(n):
    for i in range(n):
        yield i * i
print([x for x in gen(5)], {x for x in gen(4) if x})
try:
    print([10 // x for x in [5, 2, 0, 1]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print([d["k"] for d in [{"k": 1}, {}]])
except KeyError as e:
    print("KeyError:", e)
grid = [[(i * j) % 5 for j in range(4)] for i in range(4)]
print(grid, [v for row in grid for v in row if v > 2])
it = iter(data)
first = [x for x in it if x < 4]
print(first, list(it))
x = "outer"
print([x for x in "ab"], x)
print([[y for y in range(x)] for x in range(4)])
s = {(a, b) for a in range(3) for b in "xy" if a}
print(sorted(s))
print(sum([len(w) for w in "the quick brown fox".split()]), max([-v for v in data]))
