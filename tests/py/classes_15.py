# Printing classes, types and builtins (deterministic reprs)
class Foo:
    pass
print(Foo, type(Foo()), type(3), int, type(None), type(len))
print(str, list, dict, type, object, ValueError, type(ValueError("x")))
print(repr(Foo), str(Foo), Foo.__name__, Foo.__qualname__, Foo.__module__)
print(len, print, abs)
print([int, str], {"t": float})
print(__name__)
class Outer:
    class Inner:
        pass
print(Outer.Inner, Outer.Inner.__qualname__)
print(type(Foo).__name__, type(type).__name__, isinstance(Foo, type))
