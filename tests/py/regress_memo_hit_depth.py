# Regression: a memoized result computed through a deeper cache hit was reused past the recursion limit
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)


def deep(k):
    return f(50) if k == 0 else deep(k - 1)


print(f(50))
print(deep(900))
try:
    print(deep(960))
except RecursionError:
    print("RecursionError")
print(deep(900))
