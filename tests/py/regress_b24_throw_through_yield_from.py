# Regression: throw() into a yield-from whose sub-generator does not handle it reaches the outer generator
def inner():
    yield 1
def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught", e)
        yield 2
g = outer()
next(g)
print(g.throw(ValueError("v")))
