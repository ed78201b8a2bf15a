# str.replace on short strings (done by hand) and on long ones (by the engine): every match,
# none, overlapping candidates, matches at both ends, `$` patterns taken literally, growth.

cases = [
    ("kalo mishi nepo ru an zu", "shi", "S"),
    ("kalo mishi nepo ru an zu", "an", "AN"),
    ("kalo mishi nepo ru an zu", "xyz", "Q"),
    ("aaaa", "aa", "b"),
    ("aaa", "aa", "b"),
    ("abcabc", "abc", ""),
    ("abc", "abc", "x"),
    ("abc", "abcd", "x"),
    ("xabcx", "x", "$&$1$$"),
    ("a.b.c", ".", "$'"),
    ("", "a", "b"),
    ("ab", "b", "bbbb"),
    ("é€😀é€😀", "€", "E"),
    ("é€😀é€😀", "😀", ":)"),
]
for s, old, new in cases:
    print(repr(s.replace(old, new)), repr(s.replace(old, new, 1)))

long = "ka lo mi " * 40 + "shi"
print(len(long), long.replace("lo", "LO").count("LO"), long.replace("shi", "S")[-5:])
print(long.replace("ka", "$&")[:12])
short = "ka lo mi " * 28
print(len(short), short.replace(" ", "__")[:20], short.replace("mi ", "")[-8:])
words = ["po" + str(i) for i in range(5)]
print([w.replace("po", "<po>").replace("3", "three") for w in words])
