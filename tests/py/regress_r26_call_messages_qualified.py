# Regression: call errors name the qualified function
def f(**k): pass
def g(*a): pass
for c in [lambda: f(**{"e": 1}, **{"e": 2}), lambda: f(e=1, **{"e": 2}), lambda: g(*5), lambda: f(**[1]), lambda: print(*1), lambda: {*5}]:
    try: c()
    except TypeError as e: print(e)
