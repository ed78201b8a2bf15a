# call unpacking: generators, mappings, order, duplicates
def show(*a, **k): return f"a={a} k={k}"
print(show(*(i for i in range(3))), show(*"ab", *[1], 2), show(**{"b": 1}, a=2), show(1, *(), **dict(z=0, a=1)))
class Mapping:
    def keys(self): return ["x", "y"]
    def __getitem__(self, k): return k.upper()
print(show(**Mapping()), dict(Mapping()), {**Mapping()})
def f(a, b=2, *c, d, e=5, **g): return (a, b, c, d, e, g)
print(f(1, d=4), f(*[1, 2, 3, 4], d=0, zz=9), f(d=1, a=0), f(1, 2, *range(2), **{"d": 7, "q": 8}))
try:
    f(1, 2, a=3, d=4)
except TypeError as e:
    print("TypeError", e)
def only_kw(*, a): return a
try:
    only_kw(1)
except TypeError as e:
    print("TypeError", e)
def two_pos(a, b, *, c=1): pass
try:
    two_pos(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    two_pos(1, 2, 3, 4, c=2)
except TypeError as e:
    print("TypeError", e)
def defaults(a, b=1, c=2): pass
try:
    defaults()
except TypeError as e:
    print("TypeError", e)
try:
    defaults(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
def kwonly2(a, *, b, c): pass
try:
    kwonly2(1)
except TypeError as e:
    print("TypeError", e)
try:
    kwonly2(b=1, c=2)
except TypeError as e:
    print("TypeError", e)
def ret_multiple(): return 1, [2, 3], {"k": 4}
x, (y, z), d = ret_multiple()[0], ret_multiple()[1], ret_multiple()[2]
print(x, y, z, d)
def varargs_only(*args): return len(args), args
print(varargs_only(), varargs_only(None), varargs_only(*[[]]), varargs_only(*"", *b"ab"))
def kw_order(**kw): return list(kw)
print(kw_order(z=1, a=2, m=3), kw_order(**{"b": 1}, c=2, **{"a": 3}))
def gen_defaults(x=[i * 2 for i in range(3)], y={"k": "v"}.get("k")): return x, y
print(gen_defaults())
def mutate_default(x, seen=set()):
    seen.add(x)
    return len(seen)
print([mutate_default(v) for v in [1, 2, 1, 3]])
counter_calls = []
def default_side(v=counter_calls.append("evaluated") or 10): return v
print(default_side(), default_side(), counter_calls)
fns = {"sq": lambda x: x * x, "neg": lambda x: -x, "id": lambda x: x}
print({k: fn(7) for k, fn in fns.items()}, sorted(fns, key=lambda k: fns[k](3)))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
def recurse_sum(lst): return 0 if not lst else lst[0] + recurse_sum(lst[1:])
def flatten(x): return [y for item in x for y in (flatten(item) if isinstance(item, list) else [item])]
print(recurse_sum(list(range(100))), flatten([1, [2, [3, [4, [5]]], 6], [[7]]]))
def power_set(s): return [[]] if not s else [r + [s[0]] for r in power_set(s[1:])] + power_set(s[1:])
print(sorted(power_set([1, 2, 3])), len(power_set(list(range(10)))))
def perms(s): return [s] if len(s) <= 1 else [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
