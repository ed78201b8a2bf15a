# class body scoping and execution
print("before class")
class K:
    print("in class body")
    x = 5
    y = [x for _ in range(2)] if False else None
    try:
        z = [x for _ in range(2)]
    except NameError as e:
        z = "NameError: " + str(e)
    w = (lambda x=x: x * 2)()
    def f(self): return x_global
    locals_keys = sorted(k for k in locals() if not k.startswith("__"))
print("after class")
x_global = "G"
print(K.z, K.w, K().f(), K.locals_keys)
def factory(n):
    class Local:
        val = n
        def get(self): return n * 10
    return Local
A, B = factory(1), factory(2)
print(A.val, B.val, A().get(), B().get(), A is B, A.__name__, A.__qualname__)
class Counter:
    total = 0
    for i in range(4):
        total += i
    del i
print(Counter.total, hasattr(Counter, "i"))
def outer():
    v = "enclosed"
    class C:
        v = "class-level"
        def m(self): return v
        w = v
    return C().m(), C.w
print(outer())
class Named:
    pass
Named.__name__ = "Renamed"
print(Named.__name__, Named().__class__.__name__)
class WithCond:
    if True:
        def a(self): return "a-true"
    else:
        def a(self): return "a-false"
    for name in ("p", "q"):
        locals()[name] = name.upper() if False else None
print(WithCond().a())
def method_outside(self): return "outside " + type(self).__name__
class Borrow:
    m = method_outside
    n = staticmethod(len)
    o = classmethod(lambda cls: cls.__name__)
print(Borrow().m(), Borrow.n("abc"), Borrow().n([1]), Borrow.o(), Borrow().o())
class Chain:
    a = b = c = 1
    d, e = 2, 3
    f: int = 4
    g: str
print(Chain.a, Chain.c, Chain.e, Chain.f, hasattr(Chain, "g"), Chain.__annotations__)
