# generator expressions and comprehensions scoping / evaluation order
def log(tag, v):
    print(tag, v)
    return v
print([log("x", x) for x in log("src", [1, 2]) if log("cond", x) > 1])
g = (log("y", y) for y in log("gsrc", [3]))
print("gen built")
print(list(g))
print({log("k", k): log("v", k * 2) for k in [1]})
x = 10
print([x for x in range(3)], x)
print(list(x for x in range(2)), x)
print([(a, b) for a in range(3) if a for b in range(a)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row if y % 2])
gen = (i * i for i in range(5))
print(3 in gen, list(gen))
gg = (n for n in [1, 2, 3])
print(sum(gg), sum(gg))
nested = ((i, j) for i in range(2) for j in (lambda i=i: range(i + 1))())
print(list(nested))
def outer():
    v = 5
    return [lambda: v + i for i in range(2)]
print([f() for f in outer()])
print(sorted((lambda: (z for z in "cba"))()))
pairs = list(zip(*[iter(range(6))] * 2))
print(pairs)
it = iter(range(10))
print([next(it) for _ in range(3)], list(it)[:2])
print(max((x for x in [3, 1, 2]), default=None), max((x for x in []), default="empty"))
print(dict((k, v) for k, v in zip("ab", range(2))), set(c for c in "hello" if c != "l") == {"h", "e", "o"})
print(any(True for _ in []), all(False for _ in []), list(map(lambda t: t[0] * t[1], zip([1, 2], [3, 4]))))
