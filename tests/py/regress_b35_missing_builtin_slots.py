# Regression: builtin types expose their dunder slots
print(hasattr("abc", "__iter__"), hasattr(b"x", "__iter__"), hasattr(range(3), "__iter__"))
def f(): pass
class C: pass
print(hasattr(C, "__call__"), hasattr(len, "__call__"))
for expr, fn in [("list.__imul__", lambda: [1].__imul__(2)), ("set.__ior__", lambda: {1}.__ior__({2})),
                 ("dict.__ior__", lambda: {1: 1}.__ior__({2: 2})), ("int.__invert__", lambda: (5).__invert__()),
                 ("int.__rdivmod__", lambda: (7).__rdivmod__(30)), ("NoneType.__bool__", lambda: None.__bool__())]:
    try:
        print(expr, fn())
    except AttributeError as e:
        print(expr, "AttributeError", e)
print(hasattr(float, "__and__"), hasattr(list, "__sub__"), hasattr(dict, "__add__"), hasattr(set, "__getitem__"))
