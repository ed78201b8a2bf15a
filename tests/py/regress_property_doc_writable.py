# Regression: property.__doc__ is writable and deletable (a decorator documenting a property)
def documented(doc):
    def deco(p):
        p.__doc__ = doc
        return p
    return deco

class A:
    @documented("The x value.")
    @property
    def x(self):
        "getter doc"
        return 1

    @property
    def y(self):
        return 2

print(A.x.__doc__, A().x, A.y.__doc__)
A.y.__doc__ = "now documented"
print(A.y.__doc__, A().y)
del A.y.__doc__
print(A.y.__doc__)
A.y.__doc__ = 5
print(A.y.__doc__)

q = property(lambda s: 1, doc="explicit")
q.__doc__ = "changed"
print(q.__doc__, q.setter(lambda s, v: None).__doc__)

class P(property):
    "P's own docstring"
def g(self):
    "g doc"
    return 2
r = P(g)
print(r.__doc__)
r.__doc__ = "sub doc"
print(r.__doc__, r.__dict__)
del r.__doc__
print(r.__doc__, r.__dict__)

for stmt in ("fget", "fset", "fdel"):
    try:
        setattr(q, stmt, None)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        delattr(q, stmt)
    except AttributeError as e:
        print("AttributeError:", e)
