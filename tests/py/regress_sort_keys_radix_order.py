# sorted() with int or tuple keys of 1,024 items and more orders the indices by a radix sort of
# the packed keys: stable, reversed stably, negative ints, keys past 2**32 and 2**53 (the
# comparator path), str positions ranked; checked against a stable merge sort written here.

def merge_sort(a, key, reverse=False):
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

seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

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
