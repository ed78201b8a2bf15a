# expect-error: SyntaxError: invalid syntax
# Regression: {**_} is invalid syntax in a mapping pattern
print("start")
match 1:
    case {**_}: pass
    case 99: pass
