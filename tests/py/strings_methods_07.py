# Indexing, slicing and iteration over strings
s = "Python"
print(s[0], s[-1], s[2:4], s[:3], s[3:], s[::-1], s[::2], s[1::2], s[-3:], s[:-3])
print(s[10:], s[-100:2], s[4:1], s[::-2])
for i, ch in enumerate(s):
    print(i, ch, end=" ")
print()
print(list(s), tuple("ab"))
print("".join(reversed(s)))
print(s.upper()[1:-1].lower())
print([c for c in "a1b2c3" if c.isdigit()])
