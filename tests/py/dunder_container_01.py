# container protocol
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError("out of grid")
            return self.cells.get(key, ".")
        raise TypeError("bad key " + type(key).__name__)
    def __setitem__(self, key, v):
        print("set", key, v)
        self.cells[key] = v
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, v):
        return v in self.cells.values()
    def __len__(self):
        return len(self.cells)
g = Grid(3, 2)
g[0, 1] = "#"
g[2, 1] = "@"
print(g[0, 1], g[1, 1])
print("#" in g, "x" in g, len(g))
del g[0, 1]
print("#" in g, len(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError", e)
try:
    g["a"]
except TypeError as e:
    print("TypeError", e)
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s)
for v in s: print(v, end=" ")
print()
a, b, c, d = s
print(a, d)
print(sorted(s, reverse=True))

class Sl:
    def __getitem__(self, k):
        return repr(k)
    def __setitem__(self, k, v):
        print("setitem", repr(k), v)
    def __delitem__(self, k):
        print("delitem", repr(k))
x = Sl()
print(x[1:2], x[::2], x[1:2, 3], x[...], x[:, None])
x[1:3] = [9]
del x[::-1]
x[-1] = 0

class OnlyIter:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())

class NoContains:
    pass
try:
    NoContains()[0]
except TypeError as e:
    print(e)
try:
    NoContains()[0] = 1
except TypeError as e:
    print(e)
try:
    del NoContains()[0]
except TypeError as e:
    print(e)
try:
    len(NoContains())
except TypeError as e:
    print(e)
class ContainsTruthy:
    def __contains__(self, x): return [1]
print(1 in ContainsTruthy(), 1 not in ContainsTruthy())
