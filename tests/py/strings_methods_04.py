# Strip, pad and justify
s = "   padded   "
print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."))
print("[" + "hi".center(10) + "]", "[" + "hi".center(9, "*") + "]", "[" + "hi".center(1) + "]")
print("[" + "hi".ljust(6) + "]", "[" + "hi".rjust(6, ".") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("a\tb\tc".expandtabs(4), "a\tbc".expandtabs())
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
print("\n\t x \r\n".strip() == "x")
