# builtin subclass behaviours
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower() if isinstance(k, str) else k)
    def __setitem__(self, k, v):
        super().__setitem__(k.lower() if isinstance(k, str) else k, v)
d = D()
d["Hello"] = 1
print(d["HELLO"], d, d.get("HELLO"), "HELLO" in d, dict(d))
d2 = D(A=1)
print(d2, d2.get("a"))
d.update({"World": 2})
print(d)
class L(list):
    def __getitem__(self, i):
        print("L.getitem", i)
        return super().__getitem__(i)
    def append(self, x):
        super().append(x * 10)
l = L([1, 2, 3])
print(l[0], l[-1])
print([x for x in l])
l.append(4)
print(l, len(l), sum(l), l + [5], type(l + [5]).__name__)
l2 = l.copy()
print(type(l2).__name__, l * 2 == list(l) * 2)
class S(str):
    def __eq__(self, o): return str.__eq__(self.lower(), o.lower() if isinstance(o, str) else o)
    def __hash__(self): return hash(self.lower())
print(S("ABC") == "abc", "abc" == S("ABC"))
print(S("Hi").upper(), type(S("Hi").upper()).__name__, type(S("a") + "b").__name__, S("a") * 2)
class I(int):
    def __add__(self, o): return I(int(self) + int(o) + 1000)
print(I(1) + 1, 1 + I(1), I(5) * 2, type(I(5) * 2).__name__, -I(3), abs(I(-3)), I(7) // 2)
class Cnt(dict):
    def __missing__(self, key): return 0
c = Cnt()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c, c.get("z"))
class Stack(list):
    push = list.append
    def peek(self): return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s, isinstance(s, list), len(s))
class Tup(tuple):
    def sum(self): return sum(self)
t = Tup([1, 2, 3])
print(t, t.sum(), t[1:], type(t[1:]).__name__, t == (1, 2, 3), t.count(2))
class FS(frozenset):
    def describe(self): return f"{len(self)} items"
print(FS([1, 2, 2]).describe(), FS([1]) | {2}, type(FS([1]) | {2}).__name__)
class Flt(float):
    def half(self): return self / 2
print(Flt(3).half(), Flt("2.5") + 1, Flt(1.5).is_integer(), int(Flt(2.7)))
