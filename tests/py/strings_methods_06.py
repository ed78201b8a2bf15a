# Replace, translate and misc
s = "one two one three one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("x", "y"))
print("aaa".replace("a", "bb"), "abc".replace("", "-"))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
table2 = str.maketrans({"a": "1", "b": None, "c": "33"})
print("abcabc".translate(table2))
table3 = str.maketrans("ab", "AB", "z")
print("azbz".translate(table3))
print("hello" * 3, 3 * "ab", "x" * 0, "y" * -1)
print(len("héllo"), len(""), len("\U0001F600"))
print("abc" < "abd", "Z" < "a", "abc" < "ab", "" < "a")
print(min("hello"), max("hello"), sorted("banana"))
