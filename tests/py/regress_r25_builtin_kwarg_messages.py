# Regression: keyword-argument errors of builtins
for f in [lambda: sorted([1], cmp=None), lambda: int(x=1), lambda: int("5", bas=10), lambda: max([1], foo=2), lambda: enumerate([1], begin=1), lambda: "a".split(sep="a", foo=1), lambda: "abc".replace("a", "x", count=1), lambda: "abc".find(sub="b"), lambda: [1].sort(reverse=None)]:
    try: print(f())
    except TypeError as e: print(e)
