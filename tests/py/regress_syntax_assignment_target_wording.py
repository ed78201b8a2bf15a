# expect-error: SyntaxError: cannot assign to named expression here. Maybe you meant '==' instead of '='?
# Regression: assignment-target errors used other wording than CPython's (named expressions, yield, starred, walrus targets)
(x := 1) = 2
