# iter/next with default, iter with sentinel, manual iteration
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
s = iter("ab")
print(next(s), next(s))
try:
    next(s)
except StopIteration:
    print("StopIteration")
d = {"x": 1, "y": 2}
di = iter(d)
print(next(di), list(di))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
it = iter(range(10))
for x in it:
    if x == 3:
        break
print(list(it))
a = iter([1, 2, 3, 4, 5, 6])
print(list(zip(a, a)))
