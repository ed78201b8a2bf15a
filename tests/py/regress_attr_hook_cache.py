# hasattr/getattr decide once per class (until a class changes) whether the class hooks attribute
# access (__getattr__ / __getattribute__): hooks added or removed after use are seen.
class A:
    x = 1
a = A()
print(hasattr(a, "y"), getattr(a, "y", "dflt"), getattr(a, "x"))
A.__getattr__ = lambda self, name: "hooked " + name
print(hasattr(a, "y"), getattr(a, "y", "dflt"), getattr(a, "zz"))
del A.__getattr__
print(hasattr(a, "y"), getattr(a, "y", "dflt"))
class B(A):
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
b = B()
print(hasattr(b, "secret"), hasattr(b, "x"), getattr(b, "secret", 0))
class C:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(C(), "k")
except KeyError as e:
    print("KeyError", e)
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(a, "missing")
except AttributeError as e:
    print("AttributeError:", e)
