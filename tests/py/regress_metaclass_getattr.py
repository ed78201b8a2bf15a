# Regression: a metaclass __getattr__ answers for missing class attributes
class Meta(type):
    def __getattr__(cls, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(name)
class A(metaclass=Meta):
    x = 1
print(A.x, A.auto_foo, getattr(A, "auto_bar"), hasattr(A, "nope"), hasattr(A, "auto_q"))
try:
    A.nope
except AttributeError as e:
    print("AE", e)
class B(A):
    def __init__(self, v): self.v = v
b = B(3)
print(b.v, B.auto_z, isinstance(b, A))
try:
    b.auto_x
except AttributeError as e:
    print("inst AE", e)
class E(metaclass=Meta):
    pass
print(E.__name__, E.__doc__)
