# sorted() of strs runs a radix quicksort on code units: its order must be CPython's in every
# shape of input (prefixes, duplicates, empty strs, long shared prefixes, non-ASCII, sorted and
# reversed inputs), checked against a merge sort written here with `<`.

def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if r[j] < l[i]:
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
