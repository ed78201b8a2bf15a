# Regression: type.__subclasses__()
class A: pass
class B(A): pass
print([k.__name__ for k in A.__subclasses__()])
