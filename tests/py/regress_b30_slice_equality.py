# Regression: slices compare by value
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
