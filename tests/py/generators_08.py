# Recursive generators: tree traversal, permutations, combinations
class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.v
        yield from inorder(n.right)
def preorder(n):
    if n:
        yield n.v
        yield from preorder(n.left)
        yield from preorder(n.right)
tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(inorder(tree)), list(preorder(tree)))
def permutations(xs):
    if len(xs) <= 1:
        yield tuple(xs)
        return
    for i in range(len(xs)):
        for p in permutations(xs[:i] + xs[i + 1:]):
            yield (xs[i],) + p
print(list(permutations("abc")))
def combinations(xs, k):
    if k == 0:
        yield ()
        return
    for i in range(len(xs)):
        for c in combinations(xs[i + 1:], k - 1):
            yield (xs[i],) + c
print(list(combinations([1, 2, 3, 4], 2)))
print(sum(1 for _ in combinations(list(range(10)), 3)))
def product(*pools):
    if not pools:
        yield ()
        return
    for x in pools[0]:
        for rest in product(*pools[1:]):
            yield (x,) + rest
print(list(product("ab", [0, 1])))
