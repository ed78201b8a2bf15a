# zip strict messages, map/filter laziness, enumerate/zip chaining, iterator exhaustion
for args in [([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1], [1], [1, 2]), ([], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
log = []
def noisy(x):
    log.append(x); return x * 2
m = map(noisy, [1, 2, 3])
print(log, next(m), log, list(m), log, list(m))
f = filter(lambda x: log.append(("f", x)) or x > 1, [1, 2, 3])
print(next(f), log[-2:])
it = iter(range(5))
print(list(zip(it, it)), list(it))
it2 = iter("abcdefg")
print([a + b + c for a, b, c in zip(it2, it2, it2)], list(it2))
e = enumerate(zip("ab", [10, 20]), start=100)
print(list(e), list(e))
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
d = {"a": 1, "b": 2}
ks = iter(d)
print(next(ks))
d["c"] = 3
try:
    next(ks)
except RuntimeError as ex:
    print("RuntimeError", ex)
s = {1, 2}
si = iter(s)
next(si)
s.add(3)
try:
    next(si)
except RuntimeError as ex:
    print("RuntimeError", ex)
lst = [1, 2, 3]
li = iter(lst)
next(li); lst.append(4); print(list(li))
print(list(map(lambda *a: a, "ab", "cde", [1, 2])), list(zip(range(3), range(10, 13), "xyz")), dict(enumerate("ab")))
print(sum(map(int, "12345")), max(map(len, ["a", "bcd", "ef"])), sorted(map(str.upper, ["b", "a"])), list(filter(str.isdigit, "a1b2c3")))
print(any(map(str.isupper, "abC")), all(map(bool, [1, [], 2])), list(enumerate([])), list(zip("a", [])), next(iter([]), "default"))
print(list(iter([1, 2, 3].pop, 1)) if False else "", [x for x in iter(lambda: log.pop() if log else None, None)][:2])
gen = (x * x for x in range(4))
print(3 in gen, list(gen))
print(list(range(0)), list(range(5, 0)), list(range(-3, 3, 2)), list(range(10, -10, -7)), range(0, 10, 3)[-1], len(range(-10**18, 10**18, 3)), range(10**18)[10**17])
