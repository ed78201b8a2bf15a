# Regression: round() of subnormal floats is exact
print(round(5e-324, 323), round(5e-324, 324))
