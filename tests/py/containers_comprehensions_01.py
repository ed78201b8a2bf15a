# comprehensions nested, with conditions, scoping
print([x * y for x in range(1, 4) for y in range(x, 4) if (x + y) % 2 == 0])
print([[i * j for j in range(4)] for i in range(3)])
print([(x, y) for x in "ab" if x != "z" for y in (1, 2) if y != x])
print({w: len(w) for w in ["apple", "fig", "kiwi"] if len(w) > 3})
print({c.upper() for c in "hello" if c not in "aeiou"} == {"H", "L"}, sorted({n % 5 for n in range(20)}))
print(list(x for x in range(10) if x % 3 == 0), sum(x for x in range(5)), max((len(s), s) for s in ["a", "abc", "ab"]))
print([v if v % 2 else -v for v in range(6)], [a for a, b in [(1, 2), (3, 4)]], [a + b for a, *b in [(1, 2), (3, 4, 5)] if b for b in [sum(b)]])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)], [n for row in matrix for n in row if n % 2])
x = "outer"
res = [x for x in range(3)]
print(x, res)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], [(lambda i=i: i)() for i in range(3)])
print([[y for y in range(x)] for x in range(4)], {i: {j: i * j for j in range(2)} for i in range(2)})
def gen():
    return [n for n in range(5) if n in (1, 3)]
print(gen(), [c for c in "abc"][::-1], [(i, c) for i, c in enumerate("xy")])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
print([y := 5, y ** 2], [z for w in range(3) if (z := w * 10) > 0], z)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError", e)
g = (i * i for i in range(3))
print(next(g), list(g), list(g))
print(dict((k, v) for k, v in zip("ab", "xy")), set(c for c in "aab") == {"a", "b"}, tuple(i for i in range(3)))
print([i for i in range(20) if i % 2 if i % 3], [[c] * n for n, c in enumerate("abc")])
