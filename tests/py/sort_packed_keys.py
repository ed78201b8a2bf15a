# sorted()/list.sort() by int keys, str keys and tuples of ints and strs (the packed native sort): stability, reverse, ranges near 2**53, code-point order of strs
import_seed = 12345
def rnd():
    global import_seed
    import_seed = (import_seed * 1103515245 + 12345) % 2147483648
    return import_seed
for trial in range(300):
    n = rnd() % 60 + 2
    span = [3, 10, 1000, 10**9, 2**40, 2**52][trial % 6]
    base = -(rnd() % span)
    ints = [base + rnd() % span for _ in range(n)]
    tups = [(rnd() % 5 - 2, rnd() % span, i % 3) for i in range(n)]
    for rev in (False, True):
        a = sorted(ints, reverse=rev)
        b = sorted(range(n), key=lambda i: ints[i], reverse=rev)
        c = sorted(range(n), key=lambda i: tups[i], reverse=rev)
        d = sorted(range(n), key=lambda i: (tups[i][0], tups[i][2]), reverse=rev)
        e = sorted([(x % 4, s) for s, x in enumerate(ints)], reverse=rev)
        print(trial, rev, a[:6], b[:8], c[:8], d, e[:5])
big = [2**60, -2**60, 5, 2**53, -3]
print(sorted(big), sorted(big, reverse=True))
print(sorted([True, 2, 0, False, 1]), sorted([(1, True), (1, 0), (0, 5)]))
print(sorted([3, 1, 2], key=lambda x: -x), sorted([(1, 2), (1,), (0, 9, 9)]))
names = ["b", "a", "ab", "", "\U0001F600", "\uffff", "B", "a"]
for trial in range(40):
    n = rnd() % 40 + 2
    recs = [(names[rnd() % 8], rnd() % 7 - 3, names[rnd() % 8]) for _ in range(n)]
    for rev in (False, True):
        print(sorted(range(n), key=lambda i: recs[i], reverse=rev))
        print(sorted(range(n), key=lambda i: (recs[i][0], -recs[i][1]), reverse=rev))
print(sorted([("a", 1), ("a", "x")][:1]), sorted([("a", 1), ("b", 2.5)]))
try:
    sorted([("a", 1), ("a", "x")])
except TypeError as e:
    print(e)
for trial in range(40):
    n = rnd() % 50 + 2
    ws = [names[rnd() % 8] + names[rnd() % 8] for _ in range(n)]
    for rev in (False, True):
        print(sorted(ws, reverse=rev))
        print(sorted(range(n), key=lambda i: ws[i], reverse=rev))
        print(sorted(range(n), key=lambda i: ws[i][:1], reverse=rev))
ascii_words = [names[rnd() % 4] + str(rnd() % 20) for _ in range(200)]
print(sorted(ascii_words)[:20], sorted(ascii_words, reverse=True)[:10])
print(sorted(range(200), key=lambda i: ascii_words[i])[:30])
print(sorted(["b", "a", "\ue000", "\U00010000", "\uffff", "z"]), sorted(["\ue000", "\U00010000"], reverse=True))
