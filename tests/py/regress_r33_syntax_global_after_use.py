# expect-error: SyntaxError: name 'x' is used prior to global declaration
# Regression: `print(x)` then `global x` compiled instead of "used prior to global declaration"
x = 1
def f():
    print(x)
    global x
print("compiled")
