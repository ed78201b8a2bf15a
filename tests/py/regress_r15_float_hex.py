# Regression: float.hex always shows 13 hex digits
print((1.5).hex(), (1.0).hex(), (2.2250738585072014e-308).hex(), (0.1).hex())
