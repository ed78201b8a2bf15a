# split/rsplit with keyword args, splitlines variants, partition edge cases
print("a-b-c-d".split("-", maxsplit=1), "a-b-c-d".rsplit(sep="-", maxsplit=2))
print("a\rb\r\nc\x0bd\x0ce\x1cf".splitlines())
print("x\n\ny\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("a  b".split(" "), "  lead".split(" "), "trail  ".rsplit(None, 1))
print("abc".partition("abc"), "abc".partition("a"), "abc".rpartition("c"))
print("1,2;3".replace(";", ",").split(","))
print("The End".split("e"), "eee".split("e"), "e".split("e"))
