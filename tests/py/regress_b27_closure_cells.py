# Regression: closure cells are cell objects with cell_contents
def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
    return inc
inc = make(); inc()
c = inc.__closure__[0]
print(type(c).__name__, c.cell_contents)
