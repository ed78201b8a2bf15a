# expect-error: ValueError: too many values to unpack (expected 2)
for a, b in [(1, 2), (3, 4), (5, 6, 7)]:
    print(a + b)
