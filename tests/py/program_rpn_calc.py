# Reverse Polish calculator with error handling
def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "^": lambda a, b: a ** b, "%": lambda a, b: a % b}
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError(f"stack underflow at {tok!r}")
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f"leftover stack {stack}")
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "7 2 /", "7 2 %", "1.5 dup *", "1 2 swap -", "1 +", "1 2", "4 0 /"]:
    try:
        print(f"{e!r:24} = {rpn(e)}")
    except ValueError as err:
        print(f"{e!r:24} ! {err}")
    except ZeroDivisionError as err:
        print(f"{e!r:24} ! ZeroDivisionError: {err}")
