# Cooperative multiple inheritance with **kwargs through super().__init__
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            print("unused", sorted(kw))
class Named(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")
class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Aged")
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Person")
p = Person(name="Ann", age=30)
print(p.name, p.age, p.log)
print([c.__name__ for c in Person.__mro__])
q = Person(name="Bo", extra=1)
print(q.age)
class A:
    def hi(self):
        return "A"
class B(A):
    def hi(self):
        return "B>" + super(B, self).hi()
class C(B):
    def hi(self):
        return "C>" + super(B, self).hi()
print(C().hi(), B().hi())
