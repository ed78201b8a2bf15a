# yield from with return values and delegation
def sub(n):
    for i in range(n):
        yield i
    return f"sub({n}) done"
def main():
    r1 = yield from sub(2)
    print("got", r1)
    r2 = yield from sub(3)
    print("got", r2)
    return "main done"
g = main()
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print("return value:", e.value)
print(out)
def flatten(x):
    if isinstance(x, list):
        for e in x:
            yield from flatten(e)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(2), (x for x in "z"))))
