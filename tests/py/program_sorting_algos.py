# Classic sorting algorithms implemented by hand
def bubble(xs):
    xs = xs[:]
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
def insertion(xs):
    xs = xs[:]
    for i in range(1, len(xs)):
        k, j = xs[i], i - 1
        while j >= 0 and xs[j] > k:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = k
    return xs
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while a and b:
        out.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
    return out + a + b
def quick(xs):
    if len(xs) <= 1:
        return xs
    p, *rest = xs
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])
def counting(xs):
    counts = [0] * (max(xs) + 1)
    for x in xs:
        counts[x] += 1
    return [i for i, c in enumerate(counts) for _ in range(c)]
data = [38, 27, 43, 3, 9, 82, 10, 3, 55, 0, 17]
for f in (bubble, insertion, merge_sort, quick, counting):
    print(f.__name__, f(data))
print(data == sorted(data), sorted(data) == quick(data))
def binary_search(xs, t):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == t:
            return mid
        if xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
s = sorted(data)
print([binary_search(s, t) for t in (0, 43, 82, 5)])
