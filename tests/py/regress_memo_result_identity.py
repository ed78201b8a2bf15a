# Regression: a memoized call's hit handed out copies: a global sentinel it returned was no longer the sentinel (`find(k) is MISSING` false), nor a default or a sentinel inside a new tuple, and a tuple holding one float twice held two
MISSING = ("missing",)
INVENTORY = (("apple", 3), ("pear", 0), ("plum", 7))
NOT_FOUND = tuple(["<none>", None])

def find(key):
    for k in ("a", "b"):
        if k == key:
            return k
    return MISSING

print(find("z") is MISSING, find("z") is MISSING, find("a"))

def lookup(name):
    for entry in INVENTORY:
        if entry[0] == name:
            return entry
    return NOT_FOUND

for q in ["pear", "kiwi", "plum", "kiwi", "pear"]:
    r = lookup(q)
    print(q, r is NOT_FOUND, r is INVENTORY[1], r)

def tagged(n):
    s = 0
    for i in range(n):
        s += i
    return (s, MISSING)

a, b = tagged(50), tagged(50)
print(a == b, a is b, a[1] is MISSING, b[1] is MISSING)

def pair(n):
    x = 0.5
    for i in range(n):
        x += 1.0
    return (x, x)

for _ in range(3):
    p = pair(40)
    print(p, p[0] is p[1])
p, q = pair(40), pair(40)
print(p is q, p[0] is q[0])

def shifted(n, by=(1.5, 2.5)):
    for i in range(n):
        pass
    return by

def outer(n):
    s = 0
    for i in range(n):
        s += i
    return shifted(s)

d = shifted.__defaults__[0]
print(outer(30) is d, outer(30) is d)
