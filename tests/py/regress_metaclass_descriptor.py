# Regression: a class whose metaclass defines __get__ (or __set__/__delete__) was not a descriptor as a class attribute
class Meta(type):
    def __get__(cls, obj, owner):
        return ("get", cls.__name__, obj is None, owner.__name__)
class D(metaclass=Meta): pass
class Host:
    d = D
h = Host()
print(h.d)
print(Host.d)
h.d = 5
print(h.d, h.__dict__)
class DMeta(type):
    def __get__(cls, obj, owner): return "data get"
    def __set__(cls, obj, v): print("data set", v)
    def __delete__(cls, obj): print("data del")
class E(metaclass=DMeta): pass
class Host2:
    e = E
h2 = Host2()
h2.e = 7
print(h2.e, h2.__dict__)
h2.__dict__["e"] = 1
print(h2.e)
del h2.e
print(type(Host2.__dict__["e"]).__name__)
class Plain: pass
class Host3:
    p = Plain
print(Host3().p is Plain)
