# number to words, ordinal suffixes, spreadsheet columns
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]
def words(n):
    if n < 0: return "minus " + words(-n)
    if n < 20: return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            return words(q) + " " + name + ((", " if r >= 100 else " and ") + words(r) if r else "")
for n in [0, 7, 13, 20, 42, 99, 100, 101, 110, 999, 1000, 1001, 1234, 20020, 100000, 1000001, 123456789, -45, 10**12 + 7]:
    print(f"{n:>15,}: {words(n)}")
def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
print(" ".join(ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1000, 1003]))
def col_name(n):
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s
def col_num(s):
    n = 0
    for ch in s.upper(): n = n * 26 + ord(ch) - 64
    return n
print([col_name(n) for n in [1, 26, 27, 52, 53, 702, 703, 16384]], [col_num(s) for s in ["A", "z", "AA", "az", "ZZ", "AAA", "xfd"]])
def pluralize(word, n):
    if n == 1: return f"{n} {word}"
    if word.endswith(("s", "x", "z", "ch", "sh")): return f"{n} {word}es"
    if word.endswith("y") and word[-2] not in "aeiou": return f"{n} {word[:-1]}ies"
    return f"{n} {word}s"
print(", ".join(pluralize(w, c) for w, c in [("box", 2), ("cat", 1), ("city", 3), ("day", 2), ("church", 0), ("bus", 5)]))
def human_bytes(n):
    for unit in ["B", "KiB", "MiB", "GiB", "TiB"]:
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} {unit}"
        n /= 1024
print([human_bytes(v) for v in [0, 1023, 1024, 1536, 10**6, 2**30, 5 * 2**40, 2**50]])
def duration(secs):
    parts = []
    for name, size in [("d", 86400), ("h", 3600), ("m", 60), ("s", 1)]:
        q, secs = divmod(secs, size)
        if q: parts.append(f"{q}{name}")
    return " ".join(parts) or "0s"
print([duration(s) for s in [0, 59, 60, 3661, 86399, 90061, 1000000]])
