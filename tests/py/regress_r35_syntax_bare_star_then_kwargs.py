# expect-error: SyntaxError: named arguments must follow bare *
# Regression: `def f(*, **k)` compiled instead of "named arguments must follow bare *"
def f(*, **k):
    pass
print("compiled")
