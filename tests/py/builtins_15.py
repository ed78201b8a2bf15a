# sum/min/max over generators with key functions and ties
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(min(words, key=len), max(words, key=len), min(words), max(words))
print(max(words, key=lambda w: (len(w), w)), min(words, key=lambda w: (-len(w), w)))
print(sum(len(w) for w in words), sum(1 for w in words if "a" in w))
print(max((len(w), w) for w in words), min(enumerate(words), key=lambda p: p[1]))
print(sorted(words, key=lambda w: w[::-1]), sorted(words, key=len, reverse=True))
print(min([[3], [1, 2], [1]]), max("b", "ab", "abc"))
