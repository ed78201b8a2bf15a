# String building patterns
words = ["apple", "banana", "cherry"]
print(", ".join(w.capitalize() for w in words))
print(" | ".join(f"{i}:{w}" for i, w in enumerate(words, 1)))
acc = ""
for w in words:
    acc += w[0]
print(acc)
print("".join(sorted(set("mississippi"))))
print("-".join(str(n) for n in range(5)))
lines = ["a", "bb", "ccc"]
width = max(len(l) for l in lines)
for l in lines:
    print(l.rjust(width, "."))
print("abc".join(["1", "2", "3"]))
print(str(123) + str(4.5) + str(True) + str(None) + str([1, "a"]))
