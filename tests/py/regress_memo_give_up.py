# Regression: functions whose memoization is given up take the fast call paths
# A function that looks pure but is rarely called with repeated arguments: memoization gives up
# on it (mid-recursion, too) and its calls go on with the same results.

def walk(n, acc):
    # pure, recursive, never called twice with the same arguments
    if n == 0:
        return acc
    t = 0
    for i in range(2):
        t += i
    return walk(n - 1, (acc * 31 + n + t) % 1000003)


total = 0
for k in range(300):
    total = (total + walk(40, k)) % 1000003
print(total)


def scale(x):
    for _ in ():
        pass
    return x * 3


print(sum(scale(i) for i in range(20000)))


def table(n):
    # the same arguments again and again: memoized
    s = 0
    for i in range(n):
        s += i * i
    return s


print(sum(table(50) for _ in range(5000)))

LIMIT = [10]


def capped(x):
    # reads a mutable global: never memoized
    for _ in ():
        pass
    return min(x, LIMIT[0])


r = [capped(i) for i in range(15)]
LIMIT[0] = 3
print(r, [capped(i) for i in range(6)])
try:
    walk(5000, 0)
except RecursionError:
    print("RecursionError")
print(walk(900, 1))
