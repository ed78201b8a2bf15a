# expect-error: SyntaxError: imaginary number required in complex literal
# Regression: a complex literal pattern needs an imaginary part
print("start")
match 1:
    case 1 + 1: pass
    case 99: pass
