# misc dunders: __bytes__, __divmod__, __round__ defaults, __abs__, __neg__ on subclasses, __ne__ default inversion
class By:
    def __bytes__(self): return b"\x01\x02"
print(bytes(By()), list(bytes(By())))
class DM:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
print(divmod(DM(), 3), divmod(3, DM()))
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq called")
        return self.v == o.v
print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
class NeOnly:
    def __ne__(self, o): return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
class Abstract:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Sq(Abstract):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Bad(Abstract): pass
print(Sq(3).describe())
try:
    Bad().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(issubclass(NotImplementedError, RuntimeError))
class Color:
    _members = {}
    def __init__(self, name, value):
        self.name, self.value = name, value
        Color._members[name] = self
    def __repr__(self): return f"<Color.{self.name}: {self.value}>"
    def __eq__(self, o): return self is o
    def __hash__(self): return hash(self.name)
    @classmethod
    def __class_getitem__(cls, name): return cls._members[name]
RED = Color("RED", 1); GREEN = Color("GREEN", 2)
print(Color["RED"], Color["GREEN"] is GREEN, list(Color._members.values()), RED == Color("RED", 1))
class Weird:
    def __lt__(self, o): return 1
    def __gt__(self, o): return 0
w = Weird()
print(w < w, w > w, sorted([w, w]) == [w, w] or True)
class Unhashable(list):
    pass
try:
    hash(Unhashable())
except TypeError as e:
    print(e)
