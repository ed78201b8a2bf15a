# expect-error: SyntaxError: Generator expression must be parenthesized
# Regression: `f(x for x in y, 1)` said "invalid syntax" instead of "Generator expression must be parenthesized"
def f(*a): return a
print(f(x for x in "ab", 1))
