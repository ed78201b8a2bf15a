# repr of strings: quotes, escapes, unicode, ascii()
samples = ["", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\", "\n\r\t", "\x00\x07\x1b\x7f", "\x80\x9f\xa0", "é", "\u200b", "\u2028", "\ud7ff", "😀", "\U0001F600x", "\ufeff", "\xad", "a\u0301", "\U000e0001", "\u0378", "日本", "\x0b\x0c", "tab\there", "\U0010ffff"]
for s in samples:
    print(repr(s), ascii(s), len(s), s.isprintable())
print(repr(["a'b", 'a"b', "é", "\n"]), str(["x", 1]), repr(("a",)), repr({"k'": 'v"'}))
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print("x", end="")
print()
print(*[1, 2, 3], sep=" | ")
print("multi\nline", 1.0, None, True, sep="\n")
print(sep="-", end="END\n")
print(1, 2, 3, sep=None, end=None)
try:
    print(1, sep=5)
except TypeError as e:
    print("TypeError", e)
print(chr(65), chr(0x1F600), ord("€"), ord("\n"), [ord(c) for c in "aZ09"])
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: chr("a"), lambda: ord(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(str(12), str(-0.0), str(1e100), str(None), str(True), str([None]), str((1.5, -2)), str({1: 1.0}), str(b"\x00a"), str(bytearray(b"q")), repr(frozenset()), repr(set()), str(range(2)))
print(repr(1.0), repr(-1e-10), repr(1e21), repr(1e20), repr(123e-20), repr(float("-nan")) if False else "", repr(0.1 + 0.7), repr(100000000000000000000.0))
