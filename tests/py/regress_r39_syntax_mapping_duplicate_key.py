# expect-error: SyntaxError: mapping pattern checks duplicate key ('a')
# Regression: a mapping pattern with a duplicate literal key compiled instead of raising SyntaxError
match {}:
    case {"a": 1, "a": 2}:
        pass
print("compiled")
