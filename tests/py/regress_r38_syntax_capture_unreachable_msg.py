# expect-error: SyntaxError: name capture 'a' makes remaining patterns unreachable
# Regression: a capture before other cases was reported as "wildcard makes..." at the next case, not "name capture 'a' makes..."
match 1:
    case a:
        pass
    case 1:
        pass
