# split/rsplit/partition/strip variants
s = "  a b  c   "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2), s.rsplit(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1), "".split(), "".split(","), "   ".split(), "   ".split(" "))
print("a::b::c".split("::"), "abcabc".split("b", -1), "abc".split("abc"), "aaa".split("a"), "aaa".split("aa"))
print("x".rsplit("x"), "1 2 3".rsplit(maxsplit=1), "1 2 3".split(maxsplit=0), " 1 2".split(maxsplit=0))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("a\tb\nc\x0bd\x0ce\rf\x1cg".split())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="), "=".partition("="))
print(repr("  xx  ".strip()), repr("  xx  ".lstrip()), repr("  xx  ".rstrip()), repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")))
print(repr("\t\n x \r\x0b\x0c".strip()), repr("xyz".strip("")), repr("aaa".strip("a")), repr("".strip()))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("x"), "a.py".removesuffix(".py"), "a.py".removesuffix(""))
for bad in [lambda: "a".split(""), lambda: "a".partition(""), lambda: "a".rsplit(""), lambda: "a".strip(1), lambda: "a".split(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
