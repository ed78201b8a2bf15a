# Generator methods inside classes and generator-based iteration of a tree
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
    def __iter__(self):
        return (v for _, v in self.walk())
t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b", Tree("b1", Tree("b1x"))))
for depth, v in t.walk():
    print("  " * depth + v)
print(list(t.leaves()), list(t), len(list(t)))
print(max(t, key=len), sorted(t)[:3])
