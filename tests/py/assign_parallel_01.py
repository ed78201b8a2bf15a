# Parallel assignment to locals (a, b = b, a + b) evaluates every value before storing.
def f():
    a, b = 1, 2
    a, b = b, a
    x, y, z = a + 1, b * 2, a - b
    x, y = y, x
    i = 0
    lst = [5, 6]
    i, lst[i] = 1, 9
    print(a, b, x, y, z, i, lst)
    a, b = b, a + b
    print(a, b)
    def g():
        nonlocal a
        a, q = 100, 200
        return q
    print(g(), a)
f()
a, b = 1, 2
a, b = b, a
print(a, b)
