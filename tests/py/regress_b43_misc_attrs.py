# Regression: read-only builtin attributes and function __name__ type
print("x".upper.__qualname__)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
def f(): pass
try:
    f.__name__ = 5
    print("accepted")
except TypeError as e:
    print(e)
