# __class__, __name__, __qualname__, __dict__, __module__, type()
class Outer:
    class Inner:
        def method(self): pass
    def meth(self):
        def local(): pass
        return local
print(Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer().meth().__qualname__)
print(Outer.__module__, Outer.meth.__module__)
o = Outer()
print(o.__class__ is Outer, type(o) is Outer, o.__class__.__name__)
class V:
    cls_attr = 1
    def __init__(self): self.a = 1; self.b = 2
v = V()
print(v.__dict__, "cls_attr" in V.__dict__, "a" in V.__dict__)
v.__dict__["c"] = 3
print(v.c, vars(v))
print(type(V), type(type), type(object), isinstance(V, type), isinstance(type, object))
# dynamic class
def m(self): return self.x * 2
Dyn = type("Dyn", (V,), {"x": 21, "m": m})
print(Dyn().m(), Dyn.__name__, Dyn.__bases__[0].__name__, Dyn().a)
print(type(3).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(len).__name__)
print(int.__name__, int.__qualname__, object.__bases__, bool.__mro__ == (bool, int, object))
# __class__ assignment
class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
pet = Cat()
print(pet.speak())
pet = Dog()
print(pet.speak(), type(pet).__name__)
# __class__ cell in method
class Q:
    def who(self): return __class__.__name__
class Q2(Q): pass
print(Q2().who())
# class attributes: function, lambda, nested
class Cfg:
    x = 10
    y = x * 2
    try:
        items = [x + i for i in range(3)]
    except NameError as e:
        items = str(e)
    del x
print(Cfg.y, Cfg.items, hasattr(Cfg, "x"))
print(V.__doc__, Outer.Inner.__doc__)
class Doc:
    "documented"
print(Doc.__doc__, Doc().__doc__)
print(sorted(k for k in V.__dict__ if not k.startswith("__")))
print(isinstance(V.__dict__, dict) or type(V.__dict__).__name__ == "mappingproxy")
