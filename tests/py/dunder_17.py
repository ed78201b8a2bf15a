# A sequence class supporting slices, negative indices and slice assignment
class Vec:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(self.items[i])
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Vec index out of range")
        return self.items[i]
    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self.items[i] = v
        else:
            self.items[i] = v
    def __repr__(self):
        return f"Vec({self.items})"
v = Vec(range(6))
print(v[0], v[-1], v[1:4], v[::-2], len(v[::2]))
v[1:3] = ["a", "b", "c"]
print(v)
v[-1] = "last"
print(v, list(v), "a" in v)
try:
    v[99]
except IndexError as e:
    print(e)
