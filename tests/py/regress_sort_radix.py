# sorted() orders strs by a radix quicksort on code units, and int or tuple keys of 1,024 items
# and more by a radix sort of their indices: each order must be CPython's for every shape of input
# (prefixes, duplicates, empty strs, non-ASCII, sorted and reversed inputs, negative, wide and huge
# keys, stability, reverse=True), checked against a stable merge sort written here with `<`.

def merge_sort(a, key=lambda x: x, reverse=False):
    if len(a) <= 1:
        return a[:]
    m = len(a) // 2
    l, r = merge_sort(a[:m], key, reverse), merge_sort(a[m:], key, reverse)
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        kl, kr = key(l[i]), key(r[j])
        if (kl < kr) if reverse else (kr < kl):
            out.append(r[j]); j += 1
        else:
            out.append(l[i]); i += 1
    out.extend(l[i:]); out.extend(r[j:])
    return out

seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

alphabets = ["ab", "abc", "xyz01", "aAbB_", "éèàü", "αβγ", "日本語", "a\u00ffb\u0100"]
cases = []
for alpha in alphabets:
    for size in (0, 1, 2, 5, 11, 12, 13, 40, 300):
        xs = []
        for _ in range(size):
            k = rnd(8)
            xs.append("".join(alpha[rnd(len(alpha))] for _ in range(k)))
        cases.append(xs)
# long shared prefixes, all equal, sorted and reversed inputs, empty strs
p = "prefix" * 30
cases.append([p + str(rnd(50)) for _ in range(200)])
cases.append(["same"] * 100)
cases.append([""] * 20 + ["a", ""])
cases.append(sorted(str(i) for i in range(500)))
cases.append(sorted((str(i) for i in range(500)), reverse=True))
cases.append(["b" * k for k in range(60, 0, -1)])

bad = 0
for xs in cases:
    if sorted(xs) != merge_sort(xs):
        bad += 1
    if sorted(xs, reverse=True) != merge_sort(xs)[::-1]:
        bad += 1
print(len(cases), "cases,", bad, "wrong")
print(sorted(["b", "a", "", "ab", "aa", "a", "B", "é", "e", "z", "Z"]))
print(sorted(["αβ", "α", "ab", "a", "日本", "日"]))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words))
print(sorted(words, key=len))
d = {w: len(w) for w in words}
print(sorted(d))
print(min(words), max(words))
# str keys (ranked, then packed with the index): stable, also reversed
names = ["bob", "Alice", "alice", "BOB", "carol", "Carol", "dave", "Bob", "", "éva", "Eva"]
print(sorted(names, key=str.lower))
print(sorted(names, key=str.lower, reverse=True))
print(sorted(names, key=lambda s: s[::-1]))
pairs = [(w, i) for i, w in enumerate(words)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
big = [str(rnd(1000)) for _ in range(3000)]
idx = sorted(range(len(big)), key=lambda i: big[i])
ok = all(big[idx[i]] < big[idx[i + 1]] or (big[idx[i]] == big[idx[i + 1]] and idx[i] < idx[i + 1]) for i in range(len(idx) - 1))
print("stable keyed sort", ok)

# int and tuple keys
names = ["ann", "bob", "cy", "dee", "éd", "al", "zed", "bo"]
cases = {
    "small ints": ([rnd(50) for _ in range(3000)], lambda x: x),
    "negative": ([rnd(200000) - 100000 for _ in range(2000)], lambda x: x),
    "wide": ([rnd(1 << 30) * 8 + rnd(8) for _ in range(1500)], lambda x: x * 37),
    "huge": ([rnd(1 << 30) for _ in range(1200)], lambda x: x * (1 << 40)),
    "past 2**53": ([rnd(1000) for _ in range(1100)], lambda x: x * (1 << 60)),
    "pairs": ([(rnd(30), rnd(30)) for _ in range(4000)], lambda p: (p[0], -p[1])),
    "str and int": ([(names[rnd(8)], rnd(100)) for _ in range(2500)], lambda p: (p[0], p[1])),
    "first only": ([(rnd(10), i) for i in range(1024)], lambda p: p[0]),
    "just below": ([(rnd(10), i) for i in range(1023)], lambda p: p[0]),
}
for name, (items, key) in cases.items():
    ok = sorted(items, key=key) == merge_sort(items, key)
    okr = sorted(items, key=key, reverse=True) == merge_sort(items, key, True)
    print(name, ok, okr)
xs = [(names[rnd(8)], rnd(5), i) for i in range(2000)]
s = sorted(xs, key=lambda t: (t[1], t[0]))
print(s[:3], s[-3:])
s = sorted(xs, key=lambda t: t[1], reverse=True)
print(s[:3], s[-3:])
big = [rnd(1000) for _ in range(5000)]
print(sorted(big)[:5], sorted(big, reverse=True)[:5], sorted(big, key=lambda v: -v)[:5])
# long shared prefixes past the radix steps' depth: sorted by comparison there, still stable
long = ["x" * 200] * 300 + ["x" * 199 + "y", "x" * 201, "x" * 199 + "a"] * 4
print(sorted(long) == merge_sort(long), sorted(long, reverse=True) == merge_sort(long)[::-1])
tagged = [("x" * 150 + str(rnd(3)), i) for i in range(400)]
print(sorted(tagged, key=lambda t: t[0]) == merge_sort(tagged, key=lambda t: t[0]))
print(sorted(tagged, key=lambda t: t[0], reverse=True) == merge_sort(tagged, key=lambda t: t[0], reverse=True))
