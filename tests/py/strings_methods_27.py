# translate, maketrans, encode
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "12", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, "c": 100, 100: "D"})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}), "hello".translate({}), "abc".translate({97: 98}))
print("".maketrans("", ""), str.maketrans("", "", "xy"))
class M:
    def __getitem__(self, k):
        if k == 97: return "A"
        raise LookupError(k)
print("banana".translate(M()))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1), lambda: "a".translate({97: 1.5}), lambda: str.maketrans({1.5: "a"})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), "日本".encode(), "é".encode("latin-1"), "€".encode("utf-8"))
print("héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "xmlcharrefreplace"), "héllo".encode("ascii", "backslashreplace"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
b = "añb€😀".encode()
print(b, len(b), b.decode(), b.decode("utf-8"), list(b[:4]))
print(b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("latin-1"), b"a\xffb".decode("utf-8", "backslashreplace"))
try:
    b"\xc3".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"abc\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("nope")
except LookupError as e:
    print(type(e).__name__, e)
