# Regression: sorted([x], key=f) and [x].sort(key=f) skipped the key call for a single item
calls = []
def key(x):
    calls.append(x)
    return x
print(sorted([5], key=key), calls)
l = ["a"]
l.sort(key=key)
print(l, calls)
print(sorted([], key=key), calls)
def boom(x):
    raise ValueError("key " + repr(x))
for f in (lambda: sorted([1], key=boom), lambda: [2].sort(key=boom), lambda: sorted((3,), key=boom, reverse=True)):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
try:
    sorted([1], key=5)
except TypeError as e:
    print("TypeError:", e)
