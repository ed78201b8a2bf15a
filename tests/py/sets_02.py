# frozensets, sets of strings (printed sorted), set comprehensions
fs = frozenset([3, 1, 2])
print(fs, len(fs), 2 in fs, fs | {4}, fs & {1, 9})
d = {fs: "frozen"}
print(d[frozenset({1, 2, 3})])
words = "the cat and the hat and the bat".split()
uniq = set(words)
print(sorted(uniq), len(uniq))
print(sorted({w[0] for w in words}))
print(sorted(set("hello") - set("world")))
print({x % 3 for x in range(10)})
print(frozenset() == set(), {1, 2} == frozenset({1, 2}))
s = {1, 2, 3}
print(s.pop() in {1, 2, 3}, len(s))
print(sorted(frozenset("abc").union("d")))
print(type(fs | {4}).__name__, type({4} | fs).__name__)
