# String methods with start/end and negative indices
s = "abcdefabc"
print(s.find("abc", 1), s.find("abc", -3), s.rfind("abc", 0, 8), s.index("c", 3))
print(s.startswith("def", 3), s.endswith("def", 0, 6), s.count("a", -5))
print(s[-4:-1], s[-1:-4:-1], s[1:-1:3])
print("x".join(s.split("c")))
print(s.upper().lower() == s, s.title())
print("Mississippi".lower().count("ss"), "Mississippi".replace("ss", "SS", 1))
