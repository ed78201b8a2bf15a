# Classification predicates
tests = ["abc", "ABC", "Abc", "123", "abc123", "", " ", "\t\n", "Hello World", "3.14", "²", "_x", "x_1"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isupper(), t.islower(),
          t.isspace(), t.istitle(), t.isidentifier(), t.isdecimal(), t.isnumeric())
print("abc".isascii(), "é".isascii(), "hi there".isprintable(), "a\nb".isprintable())
