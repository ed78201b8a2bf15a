class A:
    def __init__(self, x): super().__init__(); self.x = x
print(A(1).x)
class B:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, a): self.a = a
print(B(3).a)
class E(Exception):
    def __new__(cls, *a): return super().__new__(cls, *a)
print(E(1, 2).args)
class F:
    def __init__(self, *a): pass
print(type(object.__new__(F, 1)).__name__)
for fn in [lambda: object.__new__(A, 1), lambda: object.__init__(A(1), k=1), lambda: object.__new__(object, 1)]:
    try: fn(); print("ok")
    except TypeError as e: print(e)
