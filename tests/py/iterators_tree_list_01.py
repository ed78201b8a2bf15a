# tree and linked list with iteration protocols
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val = val; self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self): return self._len
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0: i += len(self)
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError("linked list index out of range")
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __repr__(self):
        return "LL[" + " -> ".join(map(repr, self)) + "]"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __contains__(self, v):
        print("contains", v)
        return any(x == v for x in self)
ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[2], ll[-1], ll[1:4])
print(list(reversed(ll)), 4 in ll, 9 in ll, sorted(ll))
print(ll == LinkedList([3, 1, 4, 1, 5]), ll == [3, 1, 4, 1, 5])
try:
    ll[10]
except IndexError as e:
    print(e)
class Tree:
    def __init__(self, v, *kids):
        self.v = v; self.kids = list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def bfs(self):
        q = [self]
        while q:
            n = q.pop(0)
            yield n.v
            q.extend(n.kids)
    def depth(self):
        return 1 + max((k.depth() for k in self.kids), default=0)
    def paths(self, prefix=()):
        p = prefix + (self.v,)
        if not self.kids:
            yield p
        for k in self.kids:
            yield from k.paths(p)
t = Tree(1, Tree(2, Tree(4), Tree(5, Tree(8))), Tree(3, Tree(6), Tree(7)))
print(list(t), list(t.bfs()), t.depth())
for p in t.paths(): print("/".join(map(str, p)))
print(sum(t), max(t), 8 in t, dict(zip(t, t.bfs())))
class Range2:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
print(list(reversed(Range2(5))), list(Range2(4)))
class NoRev:
    def __iter__(self): return iter([1])
try:
    reversed(NoRev())
except TypeError as e:
    print(e)
