# Regression: data descriptors on a metaclass were ignored when setting, deleting or reading class attributes
class Meta(type):
    @property
    def config(cls):
        return ("config", cls._config)
    @config.setter
    def config(cls, v):
        print("setter", cls.__name__, v)
        cls._config = v
    @config.deleter
    def config(cls):
        print("deleter", cls.__name__)
        cls._config = None
    @property
    def ro(cls):
        return "read-only"

class K(metaclass=Meta):
    _config = 1

print(K.config)
K.config = 5
print(K.config, "config" in K.__dict__, K._config)
del K.config
print(K.config)
print(K.ro)
try:
    K.ro = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del K.ro
except AttributeError as e:
    print("AttributeError", e)

# a subclass shares the metaclass
class Sub(K):
    pass
Sub.config = 7
print(Sub.config, K.config)
setattr(Sub, "config", 8)
print(getattr(Sub, "config"))

# instances do not see the metaclass property
k = K()
k.config = "inst"
print(k.config)

# a metaclass data descriptor wins over the class's own entry; a non-data one does not
class D:
    def __get__(self, obj, typ=None):
        return "meta data descr for " + obj.__name__
    def __set__(self, obj, v):
        print("D.__set__", obj.__name__, v)
    def __delete__(self, obj):
        print("D.__delete__", obj.__name__)
class ND:
    def __get__(self, obj, typ=None):
        return "meta non-data"
class Meta2(type):
    attr = D()
    nd = ND()
class K2(metaclass=Meta2):
    attr = "class dict"
    nd = "class nd"
print(K2.attr, K2.nd, K2.__dict__["attr"])
K2.attr = 3
del K2.attr
print(K2.__dict__["attr"])

# type.__setattr__ reached through super() honours the descriptor too
class Meta3(Meta):
    def __setattr__(cls, name, v):
        print("Meta3.__setattr__", name)
        super().__setattr__(name, v)
class K3(metaclass=Meta3):
    _config = 0
K3.config = 9
K3.other = 1
print(K3.config, K3.other)
try:
    K3.ro = 2
except AttributeError as e:
    print("AttributeError", e)
