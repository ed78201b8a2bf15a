# closures with generators, class methods and recursion
def make_fib():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
f = make_fib()
print([f() for _ in range(10)])
def make_gen_counter():
    count = 0
    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    def peek(): return count
    return gen, peek
gen, peek = make_gen_counter()
g1 = gen()
print(next(g1), peek(), list(g1), peek(), list(gen()))
def recursive_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_closure(10))
def mutual():
    def is_even(n): return True if n == 0 else is_odd(n - 1)
    def is_odd(n): return False if n == 0 else is_even(n - 1)
    return is_even(10), is_odd(7)
print(mutual())
def make_class_with_closure(prefix):
    class Greeter:
        def greet(self, name):
            return f"{prefix}, {name}"
        @classmethod
        def pref(cls): return prefix
        @staticmethod
        def st(): return prefix.upper()
    return Greeter
G = make_class_with_closure("Hi")
print(G().greet("Bo"), G.pref(), G.st())
def closure_over_param(items=[]):
    def add(x):
        items.append(x)
        return len(items)
    return add
a1 = closure_over_param(); a2 = closure_over_param()
print(a1(1), a2(2), a1(3))
def nonlocal_shadow():
    x = 1
    def f():
        x = 2
        def g():
            nonlocal x
            x += 10
            return x
        return g(), x
    return f(), x
print(nonlocal_shadow())
def lambda_default_capture():
    fs = []
    for i in range(3):
        fs.append(lambda i=i, j=i * 2: (i, j))
    return [f() for f in fs]
print(lambda_default_capture())
def closure_in_try():
    try:
        v = "in try"
        raise ValueError
    except ValueError:
        return lambda: v
print(closure_in_try()())
def counter_with_reset():
    state = {"n": 0}
    def inc():
        state["n"] += 1
        return state["n"]
    def reset():
        state["n"] = 0
    return inc, reset
inc, reset = counter_with_reset()
inc(); inc(); reset()
print(inc())
