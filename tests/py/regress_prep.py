# Regression: a metaclass __prepare__ makes the class body's namespace (dict subclasses with their own __setitem__/__getitem__/__delitem__, class keywords, non-mapping error)
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], sorted(kw))
        return Recorder()
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=1):
    x = 1
    def f(self):
        return 2
    y = x + 1
    x = 5

print(A.order, A.x, A.y, A().f())

class B(A, flag=2):
    z = 3
print(B.order, B.z, B.x)

class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate {k}")
        super().__setitem__(k, v)

class M2(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDup()

try:
    class C(metaclass=M2):
        a = 1
        a = 2
except TypeError as e:
    print("error:", e)

class Lookup(dict):
    def __missing__(self, k):
        raise KeyError(k)
    def __getitem__(self, k):
        if k == "magic":
            return 42
        return super().__getitem__(k)

class M3(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Lookup()

class D(metaclass=M3):
    v = magic + 1
    w = len("abc")
    del v
print(D.w, hasattr(D, "v"))

class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class E(metaclass=Bad):
        pass
except TypeError as e:
    print(e)

try:
    class H(metaclass=M3):
        del magic
except NameError as e:
    print("NameError:", e)

class M4(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare kw", kw)
        return {}

class K(metaclass=M4, a=1, b=2):
    pass
print(type(K).__name__)
