# Regression: a metaclass __call__ delegating to super().__call__ constructs normally
class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a, **k)
class A(metaclass=Meta):
    def __init__(self, x): self.x = x
print(A(5).x)
