# expect-error: SyntaxError: annotated name 'x' can't be global
# Regression: an annotated name declared `global` afterwards compiled instead of raising SyntaxError
def f():
    x: int = 1
    global x
print("compiled")
