# One-argument callbacks called from builtins (sort and sorted keys, min/max keys, map and filter
# functions) take their argument without an argument array: straight-line lambdas and functions
# with defaults, functions that need a frame, wrong arity, errors with their lines, re-entrant
# keys, StopIteration ending map and filter, and callables that are not Python functions.


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


words = ["pear", "Fig", "apple", "kiwi", "Banana", "date"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w, k=2: w[k:]))
print(sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(min(words, key=lambda w: w[-1]), max(words, key=lambda w: w.count("a")))
print(list(map(lambda w: w.upper(), words)), list(filter(lambda w: "a" in w, words)))
print(list(map(lambda a, b: a + b, words, words[1:])), list(filter(None, [0, 1, "", "x"])))


def framed(w):
    n = 0
    for ch in w:
        n += ord(ch)
    return n


print(sorted(words, key=framed), min(words, key=framed), list(map(framed, words[:2])))
ws = list(words)
ws.sort(key=lambda w: w[::-1])
print(ws)
one = ["solo"]
one.sort(key=lambda w: print("key called", w))
print(one)


class Box:
    def __init__(self, v):
        self.v = v

    def key(self, x):
        return -x

    def __repr__(self):
        return f"Box({self.v})"


b = Box(1)
print(sorted([3, 1, 2], key=b.key), sorted(["2", "10", "1"], key=int), sorted([Box(2), Box(1)], key=lambda x: x.v))

for bad in (lambda: 0, lambda a, b: 0):
    try:
        sorted([1, 2], key=bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    min([1, 2], key=lambda: 0)
except TypeError as e:
    print("TypeError:", e)


def boom(x):
    return 1 // (x - 2)


for call in (lambda: sorted([1, 2, 3], key=boom), lambda: max([1, 2], key=boom), lambda: list(map(boom, [2]))):
    try:
        call()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, lines(e))


# a key that sorts with itself: the inner call cannot share the outer one's locals
def nested(x):
    return sorted([x, -x, 0], key=nested_key)[0]


def nested_key(y):
    return y * y


print(sorted([3, -1, 2], key=nested))
relay = lambda x: sorted([x, x + 1], key=relay2)[0]
relay2 = lambda y: -y
print(sorted([5, 1, 3], key=relay))


def stopper(x):
    if x > 2:
        raise StopIteration
    return x * 10


print(list(map(stopper, range(10))), list(filter(stopper, range(10))))


def deep(x):
    return sorted([x], key=deep)


try:
    deep(1)
except RecursionError:
    print("RecursionError")
print(sorted(range(20), key=lambda i: (i % 3, -i)))
