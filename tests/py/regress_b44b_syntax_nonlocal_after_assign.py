# expect-error: SyntaxError: name 'x' is assigned to before nonlocal declaration
# Regression: a name assigned before its `nonlocal` statement compiled instead of raising SyntaxError
def f():
    x = 1
    def g():
        x = 2
        nonlocal x
print("compiled")
