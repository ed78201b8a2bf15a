# Searching: find, rfind, index, rindex, count, startswith, endswith, in
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o"))
print(s.index("quick"), s.rindex("o"))
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.startswith(("a", "t")), "fox" in s, "cat" not in s)
print(s.find("o", 20, 30), s.count("o", 0, 15))
print("abc".find(""), "abc".rfind(""), "abc".find("c", -1))
print("hello".startswith(""), "".endswith(""))
