# Set algebra on strings (sorted output), set comprehension filters, membership speed idioms
a = set("abracadabra")
b = set("alacazam")
print(sorted(a), sorted(b))
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
vowels = set("aeiou")
words = ["sky", "tree", "queue", "rhythm", "aeiou"]
print([w for w in words if not set(w) & vowels], [w for w in words if set(w) >= vowels])
seen = set()
dups = []
for x in [3, 1, 3, 2, 1, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
print(sorted({len(w) for w in words}), {1, 2, 3} == {3, 2, 1}, {1, 2} != {1, 2, 3})
