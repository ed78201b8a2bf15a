# Subclassing builtins: list, dict with __missing__, str, int
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, s + [4], sum(s))
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, len(dd), "c" in dd, dd.get("c"))
class Shout(str):
    def shout(self):
        return self.upper() + "!"
w = Shout("hey")
print(w, w.shout(), w + "x", len(w), isinstance(w, str), w == "hey")
class Even(int):
    def is_even(self):
        return self % 2 == 0
e = Even(10)
print(e, e + 1, e.is_even(), Even(3).is_even(), type(e + 1).__name__, isinstance(e, int))
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in "hello":
    c.add(ch)
print(c, sorted(c.items(), key=lambda kv: -kv[1])[0])
