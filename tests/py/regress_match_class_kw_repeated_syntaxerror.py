# expect-error: SyntaxError: attribute name repeated in class pattern: x
# Regression: repeated keyword in a class pattern is a SyntaxError
print("should not run")
match 1:
    case Point(x=1, x=2): pass
