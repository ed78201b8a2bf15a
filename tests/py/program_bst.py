# Binary search tree with insert, delete, traversal, height and iteration
class Node:
    __slots__ = ("key", "left", "right")
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key):
        def _ins(n):
            if n is None:
                self.size += 1
                return Node(key)
            if key < n.key:
                n.left = _ins(n.left)
            elif key > n.key:
                n.right = _ins(n.right)
            return n
        self.root = _ins(self.root)
    def delete(self, key):
        def _del(n, key):
            if n is None:
                return None
            if key < n.key:
                n.left = _del(n.left, key)
            elif key > n.key:
                n.right = _del(n.right, key)
            else:
                if n.left is None:
                    self.size -= 1
                    return n.right
                if n.right is None:
                    self.size -= 1
                    return n.left
                m = n.right
                while m.left:
                    m = m.left
                n.key = m.key
                n.right = _del(n.right, m.key)
            return n
        self.root = _del(self.root, key)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def __len__(self):
        return self.size
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(list(t), len(t), t.height(), 45 in t, 99 in t)
for k in (20, 30, 50, 99):
    t.delete(k)
    print("deleted", k, list(t), len(t))
