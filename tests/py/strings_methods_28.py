# find/index/count/replace/startswith
s = "abracadabra"
print(s.count("a"), s.count("abra"), s.count(""), s.count("a", 3), s.count("a", 3, 8), s.count("a", -4), s.count("zz"), "".count(""), "aaaa".count("aa"))
print(s.find("c"), s.find("abra", 1), s.find("x"), s.find(""), s.find("", 11), s.find("", 12), s.find("a", -3), s.find("a", 2, 3), s.find("a", 100))
print(s.rfind("a"), s.rfind("abra"), s.rfind("abra", 0, 10), s.rfind(""), s.rindex("b"), s.index("d"), s.rfind("a", -5, -1))
for f in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("a", 11), lambda: s.find(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"), s.replace("", "-", 3), s.replace("abra", ""), "aaa".replace("a", "aa"), s.replace("a", "A", 0), s.replace("a", "A", -1))
print("".replace("", "x"), "ab".replace("", ""), "xx".replace("x", "", 1))
print(s.startswith("abr"), s.startswith(("x", "ab")), s.startswith("a", 7), s.startswith("ra", 2, 4), s.startswith(""), s.startswith("", 20), s.endswith("bra"), s.endswith(("q", "ra")), s.endswith("cad", 0, 7), s.endswith("a", 0, -1), s.endswith(()))
try:
    s.startswith(["a"])
except TypeError as e:
    print(e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(map(str, range(4))))
try:
    "-".join([1, 2])
except TypeError as e:
    print(e)
try:
    "-".join(["a", None])
except TypeError as e:
    print(e)
print("a" in "abc", "" in "abc", "ac" in "abc", "abc" < "abd", "Z" < "a", "abc" < "ab", "é" > "z")
print("ab" * 3, 0 * "ab", "ab" * -1, "x" + "y", "abc"[::-1], "abcdef"[1:5:2], "abcdef"[-2:], "abc"[5:])
