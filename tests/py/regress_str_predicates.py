# Regression: str predicates (isalpha, isdigit, ...) answer ASCII strings from a table and others from Unicode properties, as CPython
names = ["isalnum", "isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isupper", "islower"]
samples = [chr(c) for c in range(128)] + ["", "ab", "a1", "12", "1 ", "AB", "aB", "é", "²", "٣", "Ⅻ", "ab²", "x٣", "a\u0301", "\u00a0", "ǅ", "ß", "Ab", "A1", "1a", "___", "\x1c\x1d"]
out = []
for n in names:
    out.append(n + " " + "".join("1" if getattr(s, n)() else "0" for s in samples))
class S(str):
    pass
out.append(" ".join(str(getattr(S("a1"), n)()) for n in names))
for n in names:
    try:
        getattr(str, n)(5)
    except TypeError as e:
        out.append(str(e))
    try:
        getattr("x", n)(1)
    except TypeError as e:
        out.append(str(e))
print("\n".join(out))
