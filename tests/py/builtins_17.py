# Recursive container reprs and repr of strings with special characters inside containers
a = [1, 2]
a.append(a)
print(a, len(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, a]
print(len(repr(b)) > 0)
print(["tab\t", "nl\n", "quote'", 'dq"', "back\\", "uni é", "ctrl \x01", "emoji 😀"])
print({"é": "ü"}, ("\x7f",), repr("\u200b"))
t = ([],)
t[0].append(t)
print(t)
