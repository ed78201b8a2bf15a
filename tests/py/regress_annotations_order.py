# Regression: __annotations__ exists from the start of an annotated class or module body
class C:
    x: int = 1
    y: str
    def f(self): pass
    z = 2
print([k for k in C.__dict__ if not k.startswith("__") or k == "__annotations__"])
print(C.__annotations__)
class D:
    "doc"
    a: int
    if False:
        b: str = "x"
print(list(D.__dict__)[:5], D.__annotations__)
class E:
    def f(self): pass
    if False:
        q: int
print("__annotations__" in E.__dict__, E.__dict__.get("__annotations__"))
class H:
    x = 1
print("__annotations__" in H.__dict__)
m: int = 3
print(__annotations__)
