# zip strictness-free behaviours, enumerate start, sorted stability with keys
names = ["x", "y", "z"]
scores = [3, 1, 3]
pairs = sorted(zip(scores, names), key=lambda p: p[0])
print(pairs)
print(sorted(zip(names, scores), key=lambda p: -p[1]))
students = [("ann", "B"), ("bob", "A"), ("cat", "B"), ("dan", "A")]
by_grade = sorted(students, key=lambda s: s[1])
print(by_grade)
print(sorted(sorted(students), key=lambda s: s[1], reverse=True))
print(list(zip(*[(1, "a"), (2, "b")])))
print(dict(zip(names, range(1, 4))))
