# Basic classes: attributes, methods, class vs instance attributes
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d1 = Dog("Rex")
d2 = Dog("Fido", 5)
print(d1.bark(), d2.bark())
print(d1.birthday().birthday().age, d2.age)
print(Dog.count, d1.species, Dog.species)
d1.species = "wolf"
print(d1.species, d2.species, Dog.species)
print(type(d1).__name__, isinstance(d1, Dog), Dog.__name__)
print(d2.__dict__)
print(hasattr(d1, "bark"), hasattr(d1, "fly"), getattr(d1, "name"), getattr(d1, "x", "dflt"))
setattr(d1, "color", "brown")
print(d1.color)
delattr(d1, "color")
print(hasattr(d1, "color"))
m = d2.bark
print(m())
print(Dog.bark(d1))
