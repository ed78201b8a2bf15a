# Lists: del statement, index errors handled, enumerate modification patterns
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:5]
print(a)
del a[::2]
print(a)
a = [1, 2, 3, 4, 5, 6]
a = [x for x in a if x % 2]
print(a)
b = [1, 2, 2, 3, 2]
while 2 in b:
    b.remove(2)
print(b)
c = ["a", "b", "c"]
for i, v in enumerate(c):
    c[i] = v.upper()
print(c)
