# str as a sequence: membership, count, multiplication, comparisons
vowels = "aeiou"
word = "encyclopedia"
print(sum(1 for c in word if c in vowels))
print([c for c in word if c not in vowels])
print(sorted(word, reverse=True))
print(word.count("e"), word.index("y"))
print(any(c.isupper() for c in word), all(c.islower() for c in word))
print(tuple(word[:3]), set("aaa") == {"a"})
print("-" * 20)
print(f"{'centered':=^20}")
print(word.upper().center(20, "~"))
