# expect-error: SyntaxError: cannot use '_' as a target
# Regression: case _ as _ reports the bad target first
print("start")
match 1:
    case _ as _: pass
    case 99: pass
