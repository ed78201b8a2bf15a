# slicing protocol details
class S:
    def __init__(self, data): self.data = list(data)
    def __len__(self): return len(self.data)
    def __getitem__(self, k):
        if isinstance(k, slice):
            start, stop, step = k.indices(len(self))
            print("slice", (k.start, k.stop, k.step), "->", (start, stop, step))
            return S(self.data[i] for i in range(start, stop, step))
        if k < 0: k += len(self)
        if not 0 <= k < len(self): raise IndexError("S index out of range")
        return self.data[k]
    def __repr__(self): return f"S{self.data}"
s = S(range(10))
print(s[2:5], s[::-1], s[-3:], s[:-7:-2], s[100:], s[::3], s[-100:3])
print(s[-1], s[0])
try:
    s[10]
except IndexError as e:
    print(e)
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(5).indices(10))
print(slice(-1, None, -1).indices(4), slice(None, None, -2).indices(7))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(e)
print(repr(slice(None, -1)))
lst = list(range(10))
lst[2:5] = ["x"]
print(lst)
lst[::3] = [0, 0, 0]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
del lst[1::2]
print(lst)
lst[len(lst):] = [99]
print(lst)
t = tuple(range(6))
print(t[sl], "abcdefghij"[sl], range(20)[sl], list(range(20)[sl]))
class Idx:
    def __index__(self): return 2
print("abcdef"[Idx():], [1, 2, 3, 4][:Idx()], list(range(10))[::Idx()])
