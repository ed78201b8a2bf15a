# Regression: complex() signed zeros and string forms
print(complex(0, -0.0), complex("1e3j"), complex("j"), complex("infj"))
