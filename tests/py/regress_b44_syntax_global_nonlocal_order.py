# expect-error: SyntaxError: name 'x' is used prior to global declaration
# Regression: a name read before its `global` statement compiled instead of raising SyntaxError
x = 1
def f():
    print(x)
    global x
print("compiled")
