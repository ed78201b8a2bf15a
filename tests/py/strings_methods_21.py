# Searching with find in loops, counting occurrences, replacing with callbacks by hand
text = "one fish two fish red fish blue fish"
positions = []
i = text.find("fish")
while i != -1:
    positions.append(i)
    i = text.find("fish", i + 1)
print(positions, text.count("fish"))
def replace_nth(s, old, new, n):
    idx = -1
    for _ in range(n):
        idx = s.find(old, idx + 1)
        if idx == -1:
            return s
    return s[:idx] + new + s[idx + len(old):]
print(replace_nth(text, "fish", "FISH", 3))
print(text.replace("fish", "🐟"))
words = text.split()
print(" ".join(w.upper() if i % 2 else w for i, w in enumerate(words)))
print(text.title().swapcase())
