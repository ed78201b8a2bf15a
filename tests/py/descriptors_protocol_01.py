# descriptors
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p).items()))
try:
    p.age = "old"
except TypeError as e:
    print(e)
del p.age
print(p.age)
print(type(Person.name).__name__, Person.__dict__["age"].kind)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.attr = "instance wins"
print(h.attr, Holder.attr)
del h.attr
print(h.attr)

class DataOnlySet:
    def __set__(self, obj, v):
        print("set called", v)
class H2:
    a = DataOnlySet()
h2 = H2()
h2.a = 5
print(h2.__dict__, type(h2.a).__name__)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.area)

class Method:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        if obj is None: return self.f
        def bound(*a): return self.f(obj, *a)
        return bound
class UsesMethod:
    @Method
    def hello(self, x): return f"hello {x} from {type(self).__name__}"
print(UsesMethod().hello(1), UsesMethod.hello(None, 2) if False else UsesMethod.hello.__name__)

# functions are descriptors
def free(self): return "free:" + type(self).__name__
class Attach: pass
Attach.m = free
print(Attach().m(), Attach.m(Attach()))
bm = Attach().m
print(bm.__func__ is free, type(bm.__self__).__name__)
print(free.__get__(Attach())())
