# Generator expressions whose next item is computed natively when a builtin asks (sum, any,
# join, list(), next()): the generator's state, errors, PEP 479 and chaining stay the frame's.
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in data), any(x > 8 for x in data), all(x for x in data), "-".join(str(x) for x in data))
print(list(x for x in data if x % 2), sorted(x % 4 for x in data), max(x for x in data if x < 5), tuple(c for c in "ab"))
g = (x * 10 for x in range(5))
print(next(g), next(g))
print([v for v in g])
print(next(g, "done"), list(g))
g = (x for x in data)
print(next(g), g.gi_running, list(zip(g, "abc")), next(g))
def boom(x):
    if x == 4:
        raise ValueError("four")
    return x
g = (boom(x) for x in data)
try:
    print(sum(g))
except ValueError as e:
    print("ValueError", e)
print(next(g, "finished"))
class Stop:
    def __eq__(self, o):
        raise StopIteration
try:
    print(list(x == Stop() for x in [1, 2]))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
try:
    raise KeyError("outer")
except KeyError:
    try:
        sum(1 // x for x in [1, 0])
    except ZeroDivisionError as e:
        print("context", repr(e.__context__))
g = (x for x in range(10))
print(next(g), g.send(None), next(g))
try:
    g.send(5)
    print(next(g))
except TypeError as e:
    print("TypeError", e)
g = (x for x in range(10))
next(g)
print(g.throw(ValueError, "t") if False else "skip", next(g))
g.close()
print(next(g, "closed"))
src = iter([1, 2, 3])
g = (x + 1 for x in src)
print(next(g), next(src), list(g))
print(sum(x for row in [[1, 2], [3]] for x in row), "".join(c.upper() for c in "hey" if c != "e"))
