# Inheritance, super(), method overriding
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name} and I say {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"
for a in (Animal("generic"), Cat("Tom"), Lion("Leo", "east")):
    print(a.intro())
l = Lion("Simba", "west")
print(l.pride, isinstance(l, Cat), isinstance(l, Animal), issubclass(Lion, Animal), issubclass(Animal, Lion))
print(isinstance(l, (int, Cat)), issubclass(Cat, (str, Animal)), issubclass(Cat, Cat))
print(Lion.__bases__[0].__name__, Lion.__base__.__name__ if hasattr(Lion, "__base__") else "Cat")
print([c.__name__ for c in Lion.__mro__])
