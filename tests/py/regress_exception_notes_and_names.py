# Regression: __notes__ set directly was ignored by add_note(), and assigning a class's __name__/__qualname__/__module__ did not change its repr
e = ValueError("v")
e.__notes__ = ["x"]
e.add_note("y")
print(e.__notes__, e.__dict__)
e.__notes__ = ("t",)
try:
    e.add_note("z")
except TypeError as x:
    print(type(x).__name__, x)
f = ValueError("w")
f.add_note("n1")
print(f.__dict__, f.__notes__)
del f.__notes__
print(hasattr(f, "__notes__"))
try:
    f.add_note(b"x")
except TypeError as x:
    print(type(x).__name__, x)

class E(Exception):
    pass
print(E.__module__, E.__qualname__, repr(E))
E.__module__ = "m.n"
E.__qualname__ = "Q"
print(E.__module__, E.__qualname__, E.__name__, repr(E), E.__dict__.get("__module__"))
print(repr(E("x")))
E.__name__ = "NN"
print(E.__module__, E.__qualname__, E.__name__, repr(E))
for name in ["__qualname__", "__name__"]:
    try:
        setattr(E, name, 5)
    except TypeError as x:
        print(x)
    try:
        delattr(E, name)
    except TypeError as x:
        print(x)
