# expect-error: SyntaxError: iterable argument unpacking follows keyword argument unpacking
# Regression: `f(**k, *a)` compiled instead of "iterable argument unpacking follows keyword argument unpacking"
def f(*a, **k): pass
k = {}
a = []
f(**k, *a)
print("compiled")
