# Regression: positional-only keyword error lists parameters in order
def po(a, b, /, c): pass
for f in [lambda: po(a=1, b=2), lambda: po(1, b=2, c=3), lambda: po(b=1, a=2, c=3)]:
    try: f()
    except TypeError as e: print(e)
def pk(a, /, **kw): return a, kw
print(pk(1, a=2))
