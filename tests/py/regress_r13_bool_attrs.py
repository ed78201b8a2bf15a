# Regression: bool has real, imag, numerator and denominator
print(True.real, True.imag, True.numerator, False.denominator)
