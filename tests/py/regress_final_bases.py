# Regression: a final base type is rejected by type() and after a class body runs; __builtins__ is the builtins module
for base in (bool, range, slice, type(None), type(len), type(lambda: 0)):
    try:
        type("X", (base,), {})
    except TypeError as e:
        print("type():", e)
try:
    class X(bool):
        print("body runs first")
except TypeError as e:
    print("class:", e)
print(type(__builtins__).__name__, __builtins__.abs(-3), __builtins__.len("abcd"))
print("__builtins__" in globals())
def f():
    return __builtins__.max(1, 5)
print(f())
