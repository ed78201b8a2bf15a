# expect-error: TypeError: can only concatenate str (not "int") to str
# f(*args) of a straight-line function (no frame switch): defaults, errors and their traceback entries
def g(a, b=10):
    return a * b + 1

def h(a, b):
    if a > b:
        return a - b
    return b // a

def w(*args):
    return g(*args)

print(w(2), w(2, 3), g(*[4]), h(*(3, 9)), h(*range(5, 7)))
for args in [(), (1, 2, 3), (0, 0)]:
    try:
        print(h(*args))
    except Exception as e:
        print(type(e).__name__, e)

def rec(n):
    return n if n <= 0 else sum_(*(n - 1,)) + n

def sum_(n):
    return rec(n)

print(rec(50))
try:
    rec(5000)
except RecursionError:
    print("RecursionError")
print(w(*"a"))
