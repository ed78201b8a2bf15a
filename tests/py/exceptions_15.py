# Catching errors raised by builtins inside comprehensions and lambdas
data = ["1", "x", "3"]
def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return None
print([safe_int(s) for s in data])
try:
    print([int(s) for s in data])
except ValueError as e:
    print("comprehension failed:", e)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("sort failed:", e)
try:
    print(list(map(lambda x: 10 // x, [5, 2, 0, 1])))
except ZeroDivisionError as e:
    print("map failed:", e)
try:
    {k: 1 / v for k, v in {"a": 1, "b": 0}.items()}
except ZeroDivisionError as e:
    print("dictcomp failed:", e)
g = (1 // x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("genexp failed:", e)
