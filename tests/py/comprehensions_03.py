# Comprehension scoping: loop variable does not leak, closures capture
x = "outer"
r = [x for x in range(3)]
print(x, r)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
n = 10
print([n + i for i in range(3)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
def f():
    k = 5
    return [k * j for j in range(3)]
print(f())
m = [[1, 2], [3, 4]]
print([y for x in m for y in x], [[y for y in x] for x in m])
print([(i, j) for i in range(3) for j in range(i)])
