# list methods, slicing, slice assignment and deletion
a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[-3:], a[:-3], a[8:2:-2], a[-1:-11:-3], a[100:], a[-100:2], a[5:5], a[::-4], a[2:8][::-1], a[slice(1, None, 4)])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [7, 8, 9]
print(b)
b[-2:] = []
print(b)
b[::2] = "ABCD" if len(b[::2]) == 4 else b[::2]
print(b)
b[:] = (1, 2, 3)
print(b)
c = list(range(10))
c[::3] = [0] * 4
print(c)
try:
    c[::3] = [1, 2]
except ValueError as e:
    print("ValueError", e)
d = list(range(10))
del d[::2]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
d = list(range(10)); del d[::-3]; print(d)
d = list(range(10)); d[7:2] = ["z"]; print(d)
d = list(range(5)); d[-1:0:-1] = "abcd"; print(d)
x = [3, 1, 2]
x.append(4); x.extend((5, 6)); x.insert(0, 0); x.insert(-1, 9); x.insert(100, 10); x.insert(-100, -1)
print(x, x.pop(), x.pop(0), x.pop(-2), x)
x.remove(x[0]); print(x, x.index(2), x.index(1, 1), x.count(3), len(x))
x.reverse(); print(x)
x.sort(); print(x)
x.sort(reverse=True); print(x)
print(x.copy(), x * 2, [0] * 3, 2 * [1, 2], [] * 5, [[]] * 2, x + [99])
x.clear(); print(x)
y = [1, 2]; y += (3,); y *= 2; print(y)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2][5], lambda: [1] + (2,), lambda: [1] * 1.5, lambda: [3, "a"].sort(), lambda: [1, 2].index(1, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
lst = [1, 2, 3]
lst[1] = lst
print(lst)
print([1, [2, [3, [4]]]], [1.0, "s", None, True, (1,), {}, set()])
z = [5, 3]
z[len(z):] = [7]
print(z, z[-1::-1], z[::-1][0], list(reversed(z)))
