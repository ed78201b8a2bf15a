# repr of recursive structures and containers of objects
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, c):
        c.parent = self
        self.children.append(c)
        return c
    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"
root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b"))
print(root)
l = [1, 2]
l.append(l)
print(l, repr(l))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
class Holder:
    def __init__(self): self.items = []
    def __repr__(self): return f"Holder({self.items})"
h = Holder()
h.items.append(h.items)
print(h)
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\n\t\\"), str(["a'b"]))
print([None, True, 1.0, 1e20, -0.0, "s", b"b", (1,), [], {}, set(), frozenset()])
print({1: [2, {3: (4,)}]}, ((),), [[[]]])
class R:
    def __repr__(self): return "R"
print({R(): R()}, {"a": R()}, (R(),), [R(), [R()]])
