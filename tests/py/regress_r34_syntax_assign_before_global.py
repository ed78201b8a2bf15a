# expect-error: SyntaxError: name 'x' is assigned to before global declaration
# Regression: `x = 1` then `global x` compiled instead of "assigned to before global declaration"
def f():
    x = 1
    global x
print("compiled")
