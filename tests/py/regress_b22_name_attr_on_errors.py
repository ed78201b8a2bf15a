# Regression: NameError.name and AttributeError.name/obj
try:
    undefined_name
except NameError as z:
    print(z.name)
try:
    None.x
except AttributeError as z:
    print(z.name)
