# Regression: int.to_bytes signed range check
for n, L in [(-129, 1), (-200, 1), (-32769, 2), (-256, 1)]:
    try:
        print(n, L, n.to_bytes(L, "big", signed=True))
    except OverflowError as e:
        print(n, L, "OverflowError", e)
