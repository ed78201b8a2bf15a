# Regression: positional-only parameters passed by keyword
def po(a, b, /): pass
try:
    po(a=1, b=2)
except TypeError as e:
    print(e)
