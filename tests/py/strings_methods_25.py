# justify, zfill, expandtabs, case
for w in ["", "a", "abc", "-12", "+7", "héllo"]:
    print(repr(w.center(7)), repr(w.center(6, "*")), repr(w.ljust(5, ".")), repr(w.rjust(5, "0")), repr(w.zfill(6)), repr(w.center(2)))
print("abc".center(4, "-"), "abc".center(5, "-"), "ab".center(5, "-"), "ab".center(4, "-"), "a".center(4, "-"))
print("-0042".zfill(8), "+".zfill(3), "-".zfill(3), "0".zfill(0), "1.5".zfill(6), "--1".zfill(5))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\tc\n12345\tx".expandtabs(3)), repr("x\ty".expandtabs(-1)))
for w in ["hello world", "HELLO wORLD", "they're bill's friends", "ß straße", "ǅungla", "1st place 2ND", "o'neil mc-donald", "ΣΑΣ", "iİı", "ﬁne", ""]:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("Hello".istitle(), "Hello World".istitle(), "Hello world".istitle(), "HELLO".isupper(), "hello1".islower(), "1".islower(), "".isupper())
try:
    "a".center(5, "ab")
except TypeError as e:
    print(e)
try:
    "a".ljust("5")
except TypeError as e:
    print(e)
