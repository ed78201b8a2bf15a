# Set operations with small ints
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint({9}), a.isdisjoint(b))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], {7})
print(s)
s.discard(99); s.discard(5)
print(s)
s.remove(6)
print(s, 1 in s, 6 in s)
c = a.copy()
c &= {1, 2, 9}
print(c)
c |= {10}
c -= {1}
c ^= {2, 11}
print(sorted(c))
print(set([3, 3, 2]), set(range(5)), set(), {0})
