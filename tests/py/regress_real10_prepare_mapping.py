# A metaclass's __prepare__ may return any mapping (a class with __getitem__), not only a dict:
# the class body's names are stored, read and deleted through its methods (was "must return a mapping")
class NS:
    def __init__(self):
        self.d = {}
        self.order = []
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.order.append(k)
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NS()
    def __new__(mcls, name, bases, ns):
        print("order", ns.order)
        return super().__new__(mcls, name, bases, dict(ns.d))
class X(metaclass=Meta):
    a = 1
    b = a + 1
    del a
    try:
        a
    except NameError as e:
        print("NameError", e)
    try:
        del zz
    except NameError as e:
        print("NameError", e)
    def f(self):
        return self.b
print(X().f(), hasattr(X, "a"))
class Plain(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NS()
try:
    class Y(metaclass=Plain):
        pass
except TypeError as e:
    print(e)
for bad in [5, None]:
    class Bad(type):
        @classmethod
        def __prepare__(mcls, name, bases, v=bad):
            return v
    try:
        class Z(metaclass=Bad):
            pass
    except TypeError as e:
        print(e)
