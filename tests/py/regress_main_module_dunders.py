# Regression: __package__, __spec__, __cached__ and __annotations__ of a script's __main__ were NameErrors
if __package__ is None or __package__ == "":
    print("script", __name__)
print(__package__, __spec__, __cached__, __doc__)
print(__annotations__)
names = ["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__", "__cached__"]
print(sorted(n for n in globals() if n in names))
d = dir()
print([n in d for n in names])
x: int = 1
print(__annotations__)


def f():
    return __annotations__, __package__, __spec__


print(f())
