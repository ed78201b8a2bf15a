# Regression: a finished generator's next StopIteration carries no value
def g():
    yield 1
    return 5
it = g()
next(it)
for _ in range(2):
    try:
        next(it)
    except StopIteration as e:
        print(e.value, e.args)
