# expect-error: SyntaxError: dict unpacking cannot be used in dict comprehension
# Regression: `{**a for a in b}` said "invalid syntax" instead of "dict unpacking cannot be used in dict comprehension"
b = [{}]
x = {**a for a in b}
