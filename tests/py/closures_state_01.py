# closures: counters, generators with state, function attributes, defaults
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def default_mutable(x, acc=[]):
    acc.append(x)
    return acc
print(default_mutable(1), default_mutable(2), default_mutable(3, []))
print(default_mutable.__defaults__)
def kwonly(a, *, b=2, **rest): return (a, b, rest)
print(kwonly.__kwdefaults__, kwonly(1, c=3))
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient")
        balance -= x
        return balance
    return {"deposit": deposit, "withdraw": withdraw, "balance": lambda: balance}
acct = bank(100)
acct["deposit"](50)
try:
    acct["withdraw"](500)
except ValueError as e:
    print(e)
acct["withdraw"](30)
print(acct["balance"]())
def memoize(fn):
    memo = {}
    def inner(*args):
        if args in memo:
            return memo[args]
        memo[args] = result = fn(*args)
        return result
    inner.memo = memo
    return inner
@memoize
def paths(r, c):
    if r == 0 or c == 0: return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), len(paths.memo))
def counter_gen():
    count = 0
    def tick():
        nonlocal count
        count += 1
        return count
    while True:
        yield tick()
cg = counter_gen()
print(next(cg), next(cg), next(cg))
x = 10
def f():
    x = 20
    def g():
        return x
    x = 30
    return g
print(f()())
def make_adders():
    adders = {}
    for name, n in [("one", 1), ("two", 2)]:
        def add(v, n=n): return v + n
        add.__name__ = "add_" + name
        adders[name] = add
    return adders
ad = make_adders()
print(ad["one"](1), ad["two"](1), ad["two"].__name__)
def fn_attrs():
    fn_attrs.calls = getattr(fn_attrs, "calls", 0) + 1
    return fn_attrs.calls
fn_attrs(); fn_attrs()
print(fn_attrs(), fn_attrs.__dict__)
def nonlocal_in_comprehension():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    r = [add(i) for i in range(5)]
    return r, total
print(nonlocal_in_comprehension())
def outer_del():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(outer_del())
lam = lambda: lam_helper()
def lam_helper(): return "late"
print(lam())
