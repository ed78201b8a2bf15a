# sort stability with reverse=True, key errors, sort during mutation, custom __lt__
data = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e"), (1, "f")]
print(sorted(data, key=lambda t: t[0], reverse=True))
print(sorted(data, key=lambda t: t[0]))
lst = data[:]; lst.sort(key=lambda t: -t[0], reverse=True); print(lst)
print(sorted(["b", "B", "a", "A", "c"], key=str.upper, reverse=True))
class V:
    def __init__(self, v, tag): self.v = v; self.tag = tag
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"{self.v}{self.tag}"
vs = [V(2, "a"), V(1, "b"), V(2, "c"), V(1, "d")]
print(sorted(vs), sorted(vs, reverse=True), max(vs), min(vs))
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G{self.v}"
print(sorted([G(3), G(1), G(2)]))
def badkey(x):
    if x == 3: raise ValueError("bad key 3")
    return x
try:
    sorted([1, 2, 3], key=badkey)
except ValueError as e:
    print("ValueError", e)
L = [3, 1, 2]
try:
    L.sort(key=lambda x: L.append(x) or x)
except ValueError as e:
    print("ValueError", e)
print(L)
print(sorted([[3, "x"], [1, "y"], [3, "a"]]), sorted([(1, 2), (1,), ()]), sorted(["", "a", "A", "aa", "B"]), sorted([True, False, 0, 1, -1]))
print(sorted([1.5, float("inf"), -float("inf"), 0, -0.0, 0.0]))
print(sorted("banana", key="abn".index), sorted(range(10), key=lambda x: (x % 3, -x)), sorted([-5, 3, -1, 4], key=lambda x: x * x, reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)), sorted(set(words), key=words.index))
nested = {"b": [3, 1], "a": [2], "c": []}
print(sorted(nested.items(), key=lambda kv: len(kv[1])), sorted(nested, key=lambda k: sum(nested[k])))
m = [[1, 2], [1, 2], [0, 5]]
m.sort(); print(m, m.sort() is None)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0), sorted([3, 1], key=None))
