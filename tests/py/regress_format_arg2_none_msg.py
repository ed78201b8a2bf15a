# Regression: format() argument 2 None message
try:
    format(1, None)
except TypeError as e:
    print(e)
