# Regression: a StopIteration raised by a map/filter/iter(f, sentinel) callback ends the iteration
def f(x):
    if x == 2: raise StopIteration
    return x
print(list(map(f, [1, 2, 3])), list(filter(f, [1, 2, 3])))
it = iter([1])
print(list(iter(lambda: next(it), None)))
print(sum(map(f, [1, 1, 2, 5])), tuple(filter(f, [3, 2])), set(map(f, [4, 2])), "".join(map(str, map(f, [7, 2]))))
for v in map(f, [9, 2, 8]):
    print("loop", v)
m = map(f, [2, 6])
print(next(m, "dflt"), next(m, "dflt"))
print(any(map(f, [0, 2, 1])), max(map(f, [5, 2, 9]), default=0), dict(zip("ab", map(f, [1, 2]))))
def g(x):
    raise ValueError("real")
try:
    list(map(g, [1]))
except ValueError as e:
    print("VE", e)
