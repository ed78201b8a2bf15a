# slices objects, indices, index with bounds, misc list/tuple edge cases
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(5), repr(slice(None, None, None)))
print(slice(0, 5, 2).indices(100), slice(-100, 100).indices(10), slice(None, None, -2).indices(7))
a = list(range(10))
print(a[s], a[slice(None, None, -3)], "abcdefgh"[slice(2, -2)], (1, 2, 3)[slice(1, None)])
print(a.index(5, 2), a.index(5, -6), a.index(9, -1), a.index(0, -100, 100))
try:
    a.index(5, 6)
except ValueError as e:
    print("ValueError", e)
try:
    a.index(5, 0, 5)
except ValueError as e:
    print("ValueError", e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
b = [1, 2, 3, 4, 5]
b[::-1] = [10, 20, 30, 40, 50]; print(b)
b[1:4:2] = ("x", "y"); print(b)
b[4:1:-1] = "PQR"; print(b)
del b[4:1:-2]; print(b)
b[10:] = [7]; print(b)
b[-10:1] = ["start"]; print(b)
b[:] = []; print(b)
t = (1, [2, 3])
t[1].append(4); print(t)
try:
    t[1] += [5]
except TypeError as e:
    print("TypeError", e)
print(t)
try:
    hash(t)
except TypeError as e:
    print("TypeError", e)
x = [1, 2, 3]
y = x; y += [4]; print(x)
z = x; z = z + [5]; print(x, z)
w = (1, 2); w2 = w; w2 += (3,); print(w, w2)
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1, [2]] < [1, [3]], [] < [0], [2] > [1, 99], (1, "a") < (1, "b"), [None] == [None])
print([0] * 0, [1, 2] * -3, 3 * (0,), "ab" * 0, [[0] * 2 for _ in range(2)], list("") == [], list((1,)), list({"a": 1}), list({1: 2}.items()))
grid = [[0] * 3] * 3; grid[0][0] = 1; print(grid)
grid = [[0] * 3 for _ in range(3)]; grid[0][0] = 1; print(grid)
print(len([[]]), [[], []] == [[]] * 2, [1, 2, 3][-1:-2], [1, 2, 3][-2:-1], [1, 2, 3][3:], [1, 2, 3][1:-1:1])
nums = [5, 3, 8]
nums[1:2] = range(3); print(nums)
nums[::2] = range(len(nums[::2])); print(nums)
lst = [1, 2, 3, 4]
for i, v in enumerate(lst):
    if v == 2:
        lst.remove(v)
print(lst)
print(list(map(list, zip(*[[1, 2], [3, 4], [5, 6]]))), [list(r) for r in zip(*[[1, 2, 3]])])
