# Regression: float power special cases (infinities, signed zeros, NaN)
inf = float("inf")
print((-inf) ** 0.5, (-inf) ** -0.5, (-1.0) ** inf, (-1) ** -inf, 0.0 ** -inf, (-0.0) ** -inf)
