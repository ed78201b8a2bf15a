# Singly linked list with dunder methods
class LinkedList:
    class _Node:
        def __init__(self, val, nxt=None):
            self.val, self.next = val, nxt
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = self._Node(v, self.head)
        self._len += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.val
        self.head = self.head.next
        self._len -= 1
        return v
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self._len
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll)
ll.reverse()
print(ll, ll.pop(), ll)
print(ll == LinkedList([2, 1, 0]), ll == [2, 1, 0])
e = LinkedList()
try:
    e.pop()
except IndexError as err:
    print(err)
try:
    ll[10]
except IndexError as err:
    print(err)
print(sum(LinkedList(range(10))), sorted(LinkedList("cab")))
