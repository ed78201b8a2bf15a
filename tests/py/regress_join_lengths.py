# str.join across the lengths where its result changes form (12, 13 and 14 characters and
# beyond), with empty and long separators, astral characters, and results then used as dict
# keys, compared, searched, sliced and joined again.
pieces = ["a", "bc", "def", "ghij", "\U0001F600", "é", "xyz" * 5]
seps = ["", " ", "--", "\U0001F600", "<sep>"]
keys = {}
for n in range(0, 8):
    for sep in seps:
        for start in range(len(pieces)):
            items = [pieces[(start + k) % len(pieces)] for k in range(n)]
            s = sep.join(items)
            t = sep.join(tuple(items))
            u = sep.join(x for x in items)
            assert s == t == u
            keys[s] = keys.get(s, 0) + 1
            if 11 <= len(s) <= 15:
                print(n, repr(sep), len(s), repr(s), s[::-1][:5], s.find("def"), hash(s) == hash(t))

longs = ["w%03d" % i for i in range(40)]
big = " ".join(longs)
print(len(big), big[:20], big[-12:], big.count(" "), big.split(" ")[17])
nested = "|".join(["".join(longs[i:i + 4]) for i in range(0, 40, 4)])
print(len(nested), nested[:30])
print(len(keys), sum(keys.values()), max(keys, key=len)[:10])
d = {}
for i in range(200):
    k = "".join(["k", str(i % 17), "-", "x" * (i % 15)])
    d[k] = d.get(k, 0) + 1
print(len(d), sorted(d.items())[:3], d["k3-" + "x" * 3])
print("".join([]) == "", "-".join(["only"]), repr("".join(["\U0001F600"] * 7)))
