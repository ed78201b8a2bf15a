# Regression: argument and value checks: object(x=1), C.mro(1), C.__subclasses__(1), type.__getattribute__/type.__dir__ on a non-type, f.__code__ = 5 (a code object is accepted)
def t(f):
    try: print("ok", f())
    except Exception as e: print(type(e).__name__ + ":", e)
def f(a): return a + 1
def g(a): return a * 10
def mk():
    x = 1
    def h(): return x
    return h
t(lambda: setattr(f, '__code__', 5))
f.__code__ = g.__code__
t(lambda: f(3))
t(lambda: f.__name__)
t(lambda: setattr(f, '__code__', mk().__code__))
h = mk()
t(lambda: setattr(h, '__code__', f.__code__))
t(lambda: delattr(f, '__code__'))
class M(type):
    def __getattribute__(cls, name):
        if name == 'magic': return 42
        return super().__getattribute__(name)
class C(metaclass=M):
    x = 1
t(lambda: (C.magic, C.x, C.__name__))
t(lambda: type.__getattribute__(C, 'x'))
t(lambda: type.__getattribute__(C, 'nope'))
t(lambda: type.__getattribute__(5, 'real'))
t(lambda: sorted(type.__dir__(C))[:3])
t(lambda: type.__dir__(5))
t(lambda: C.__dir__())
t(lambda: object(x=1))
t(lambda: object(1, y=2))
class A: pass
t(lambda: A.mro(1))
t(lambda: A.mro(x=1))
t(lambda: A.__subclasses__(1))
t(lambda: A.mro.__qualname__)
t(lambda: [].append.__qualname__)
def f(a): return a + 1
def gen(a):
    yield a
    yield a * 2
for i in range(3): f(i)
f.__code__ = gen.__code__
print(list(f(5)), f.__name__, f.__code__.co_name)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def other(n): return -1
fib.__code__ = other.__code__
print(fib(20))
class K:
    def m(self): return 1
def m2(self): return 2
for i in range(5): K().m()
K.m.__code__ = m2.__code__
print(K().m())
