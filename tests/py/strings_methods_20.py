# String comparisons and sorting with mixed case, unicode and lengths
words = ["banana", "Apple", "apple", "Banana", "cherry", "éclair", "Zebra", "zebra", "10", "9", "a"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words), "apple" < "apples", "B" < "a", "é" > "z")
print(sorted(["a10", "a9", "a100"]), sorted(["a10", "a9", "a100"], key=lambda s: int(s[1:])))
