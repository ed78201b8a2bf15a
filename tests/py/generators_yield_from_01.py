# yield from with return values, delegation of send/throw
def sub(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got
def outer():
    r1 = yield from sub(2)
    print("sub1 returned", r1)
    r2 = yield from sub(3)
    print("sub2 returned", r2)
    return "outer done"
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
print(g.send("d"))
try:
    g.send("e")
except StopIteration as e:
    print("final", e.value)
def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "inner handled"
    finally:
        print("inner finally")
def mid():
    yield from inner()
    yield "mid continues"
m = mid()
print(next(m), m.throw(ValueError), next(m))
m2 = mid(); next(m2)
m2.close()
print("m2 closed")
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def yf_iterables():
    yield from "ab"
    yield from range(2)
    yield from (x * x for x in [3, 4])
    yield from {"k": 1}
    r = yield from []
    yield r
print(list(yf_iterables()))
def gen_with_return_only():
    return 5
    yield
def wrapper():
    v = yield from gen_with_return_only()
    yield v
print(list(wrapper()))
def stopper():
    yield 1
    raise StopIteration("explicit")
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def tree(n, depth=0):
    yield "  " * depth + str(n)
    for c in range(n):
        yield from tree(c, depth + 1)
for line in tree(3): print(line)
def echo():
    x = None
    while True:
        x = yield x
        if x == "stop": return "bye"
def relay():
    r = yield from echo()
    yield r
e = relay()
next(e)
print(e.send(1), e.send("two"), e.send("stop"))
