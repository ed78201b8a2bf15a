# Regression: a function whose result depends on where RecursionError struck (caught) is not served from the memo table
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

def depth2(n):
    r = -1
    try:
        r = depth2(n + 1)
    finally:
        return r if r >= 0 else n

def depth3(n):
    try:
        return depth3(n + 1)
    except Exception:
        return n

def nest(k, f):
    if k == 0:
        return f(0)
    return nest(k - 1, f)

for f in (depth, depth2, depth3):
    a = f(0)
    b = nest(50, f)
    c = nest(20, f)
    print(f.__name__, a - b, a - c, a == f(0))

def deeper():
    return depth()
print(deeper() - depth())

# a memoized function called where the recursion limit is close still gives the same results
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(25), nest(30, fib), fib(30))
