# Regression: set/frozenset methods refuse keyword arguments and name their own type in arity errors
class SubSet(set):
    pass
for t in (set, frozenset, SubSet):
    s = t({1, 2})
    for name in ["copy", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
                 "isdisjoint", "update", "intersection_update", "difference_update", "symmetric_difference_update",
                 "add", "remove", "discard", "pop", "clear"]:
        if not hasattr(s, name):
            continue
        base = set if t is SubSet else t
        for args, kw in [((), {"other": [3]}), (([3],), {"extra": [4]}), ((1, 2), {}), ((), {})]:
            s = t({1, 2})
            try:
                r = getattr(base, name)(s, *args, **kw)
                print(t.__name__, name, args, kw, "->", sorted(r) if isinstance(r, (set, frozenset)) else r, sorted(s))
            except TypeError as e:
                print(t.__name__, name, args, kw, "TypeError:", e)
s = {1, 2}
try:
    s.update(extra=[3])
except TypeError as e:
    print("TypeError:", e)
print(sorted(s))
try:
    print(s.union(other={9}))
except TypeError as e:
    print("TypeError:", e)
print({1}.union([2], (3,)), {1, 2, 3}.difference([1], {2}), frozenset({1, 2}).intersection([2], [2, 5]))
