# Slice assignment with different lengths and steps; extended slice length errors
a = list(range(8))
a[1:3] = []
print(a)
a[::3] = ["x", "y"]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = list("abcdef")
b[4:1:-1] = ["X", "Y", "Z"]
print(b)
b[:] = b[::-1]
print(b)
c = [1, 2, 3]
c[5:10] = [9]
print(c)
c[-10:1] = [0]
print(c)
del c[::-2]
print(c)
t = (1, 2, 3, 4)
print(t[::-1], t[1:-1], "hello"[1:4:2], bytes(b"abcdef")[::2])
