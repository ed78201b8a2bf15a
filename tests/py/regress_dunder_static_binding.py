# Regression: __call__, __setattr__ and __delattr__ defined as staticmethod or classmethod were called unbound
class C:
    @staticmethod
    def __call__(x, k=0): return x * 3 + k
    @staticmethod
    def __setattr__(k, v): print("set", k, v)
    @staticmethod
    def __delattr__(k): print("del", k)
c = C()
print(c(4), c(4, k=1))
c.a = 1
setattr(c, "b", 2)
del c.a
delattr(c, "b")
class D:
    @classmethod
    def __call__(cls, *a, **kw): return (cls.__name__, a, kw)
    @classmethod
    def __setattr__(cls, k, v): print("cls set", cls.__name__, k, v)
    @classmethod
    def __delattr__(cls, k): print("cls del", cls.__name__, k)
d = D()
print(d(1, x=2))
d.q = 5
del d.q
class Meta(type):
    @staticmethod
    def __call__(*a, **kw): return ("meta call", a, kw)
    @classmethod
    def __setattr__(mcls, k, v): print("meta set", mcls.__name__, k, v)
class M(metaclass=Meta):
    pass
print(M(1, y=2))
M.z = 3
class E:
    __call__ = len
print(E()([1, 2, 3]))
