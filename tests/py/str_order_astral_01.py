# str comparison is by code point: astral characters (surrogate pairs in UTF-16) sort after U+FFFF.
words = ["\uffff", "😀", "a", "\ue000", "\ud7ff", "😀a", "😀"]
print(sorted(words) == sorted(words, key=lambda w: [ord(c) for c in w]))
print([hex(ord(w[0])) for w in sorted(words)])
print(max("😀", "\uffff") == "😀", min(["😀", "\uffff"]) == "\uffff", "😀" > "\uffff", ("😀",) > ("\uffff",))
print(sorted(words, reverse=True)[0] == "😀a", "\U0001F600" < "\U0001F601" < "\U0010FFFF")
