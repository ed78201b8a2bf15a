# __eq__ used by containers and builtins
calls = []
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        calls.append((self.v, getattr(o, "v", o)))
        return isinstance(o, T) and self.v == o.v
    def __hash__(self): return self.v % 3
    def __repr__(self): return f"T{self.v}"
lst = [T(1), T(2), T(3), T(2)]
print(lst.index(T(2)), lst.count(T(2)), T(3) in lst)
print(len(calls) > 0)
calls.clear()
lst.remove(T(2))
print(lst)
print([T(1), T(2)] == [T(1), T(2)], (T(1),) == (T(1),), [T(1)] == [T(9)])
d = {T(1): "a", T(4): "b"}
calls.clear()
print(d[T(4)], calls)
s = {T(1), T(4), T(7)}
print(len(s), T(7) in s)
print(T(5) in {T(5): 1}.keys())
# identity shortcut in containers
class NeverEq:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = NeverEq()
print(n == n, n in [n], [n].count(n), [n] == [n], n in {n}, {n: 1}[n])
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
# dict key replacement keeps original key object
class Key:
    def __init__(self, tag): self.tag = tag
    def __eq__(self, o): return True
    def __hash__(self): return 1
    def __repr__(self): return f"Key({self.tag})"
dd = {Key("first"): 1}
dd[Key("second")] = 2
print(dd)
# sorting stability with __lt__ only
class Rec:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"{self.k}{self.tag}"
rs = [Rec(2, "a"), Rec(1, "b"), Rec(2, "c"), Rec(1, "d"), Rec(0, "e")]
print(sorted(rs), sorted(rs, reverse=True), min(rs), max(rs))
rs.sort(key=lambda r: -r.k)
print(rs)
