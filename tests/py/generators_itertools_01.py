# itertools-like helpers written by hand
def chain(*its):
    for it in its:
        yield from it
def islice(it, start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    it = iter(it)
    i = 0
    nxt = start
    for x in it:
        if stop is not None and i >= stop:
            return
        if i == nxt:
            yield x
            nxt += step
        i += 1
def cycle(seq):
    saved = []
    for x in seq:
        yield x
        saved.append(x)
    while saved:
        yield from saved
def accumulate(it, fn=lambda a, b: a + b, initial=None):
    it = iter(it)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = fn(total, x)
        yield total
def groupby(it, key=lambda x: x):
    sentinel = object()
    cur = sentinel
    group = []
    for x in it:
        k = key(x)
        if cur is not sentinel and k != cur:
            yield cur, group
            group = []
        cur = k
        group.append(x)
    if cur is not sentinel:
        yield cur, group
def pairwise(it):
    it = iter(it)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b
def product(*seqs):
    if not seqs:
        yield ()
        return
    for x in seqs[0]:
        for rest in product(*seqs[1:]):
            yield (x,) + rest
def permutations(seq, r=None):
    seq = list(seq)
    r = len(seq) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(seq):
        for p in permutations(seq[:i] + seq[i + 1:], r - 1):
            yield (x,) + p
def combinations(seq, r):
    seq = list(seq)
    if r == 0:
        yield ()
        return
    for i in range(len(seq)):
        for c in combinations(seq[i + 1:], r - 1):
            yield (seq[i],) + c
def zip_longest(*its, fill=None):
    its = [iter(i) for i in its]
    while True:
        row, alive = [], False
        for it in its:
            try:
                row.append(next(it)); alive = True
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
def tee(it, n=2):
    buf = [[] for _ in range(n)]
    it = iter(it)
    def gen(mine):
        while True:
            if not mine:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buf: b.append(v)
            yield mine.pop(0)
    return tuple(gen(b) for b in buf)
print(list(chain("ab", [1, 2], (3,))))
print(list(islice(range(100), 5)), list(islice("abcdefgh", 1, 7, 2)))
print(list(islice(cycle("xyz"), 8)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b, 10)), list(accumulate([])))
print([(k, g) for k, g in groupby("aaabccdaa")])
print([(k, len(g)) for k, g in groupby(range(10), key=lambda x: x // 4)])
print(list(pairwise("abcd")), list(pairwise("a")))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat := range(3), "xy"))))
print(list(permutations("abc")), list(permutations(range(4), 2))[:5])
print(list(combinations("abcd", 2)), len(list(combinations(range(10), 3))))
print(list(zip_longest("abc", [1], fill="-")))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
