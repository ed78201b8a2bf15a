# Lambdas, higher-order functions, functions as values
square = lambda x: x * x
add = lambda a, b=1: a + b
print(square(5), add(2), add(2, 3), (lambda: "no args")())
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
print(compose(square, inc)(3), compose(inc, square)(3), compose()(7))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(square.__name__, greet.__name__ if False else compose.__name__)
