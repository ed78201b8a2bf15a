# expect-error: AssertionError: math is broken
assert 1 == 2, "math is broken"
