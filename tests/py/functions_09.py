# Mutual recursion, nested function recursion, and recursion depth below limit
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77), is_even(7))
def outer(n):
    def walk(k):
        if k == 0:
            return [0]
        return walk(k - 1) + [k]
    return walk(n)
print(outer(10))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def flatten_dict(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten_dict(v, key))
        else:
            out[key] = v
    return out
print(flatten_dict({"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": {}}))
