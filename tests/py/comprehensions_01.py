# List comprehensions with conditions, nesting, and expressions
print([x * x for x in range(10) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([x if x > 0 else -x for x in [-2, -1, 0, 1, 2]])
print([c.upper() for c in "hello" if c not in "l"])
print([x for x in range(20) if x % 2 if x % 3])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
print([len(w) for w in words])
print([i for i, w in enumerate(words) if "a" in w])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
