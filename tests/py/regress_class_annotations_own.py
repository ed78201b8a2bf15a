# Regression: a class's __annotations__ is its own (not inherited), made empty on first access
class A:
    x: int
class B(A):
    pass
print(A.__annotations__)
print('__annotations__' in B.__dict__, B.__annotations__, '__annotations__' in B.__dict__)
B.__annotations__['y'] = str
print(B.__annotations__, A.__annotations__)
# instances find the class attribute through the MRO
class C(A):
    pass
print(C().__annotations__)
del B.__annotations__
print('__annotations__' in B.__dict__)
try:
    del B.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
class D:
    def __get__(self, obj, cls):
        return ('got', obj, cls.__name__)
class E:
    __annotations__ = D()
print(E.__annotations__)
# builtin types have none, which getattr() and hasattr() report as missing
print(staticmethod(int).__name__, hasattr(int, '__annotations__'), getattr(int, '__annotations__', 'dflt'))
try:
    type.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
