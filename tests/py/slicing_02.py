# Slice assignment and deletion on lists
a = list(range(10))
a[2:5] = ["a", "b", "c"]
print(a)
a[2:5] = []
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = "xy"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[-2:] = [7, 8, 9, 10]
print(a)
del a[1::3]
print(a)
a[:] = [1, 2, 3]
print(a)
a[len(a):] = [4]
print(a)
a[::-1] = [10, 20, 30, 40]
print(a)
del a[:]
print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = (x * 10 for x in range(2))
print(b)
