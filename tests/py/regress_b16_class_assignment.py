# Regression: assigning __class__ changes the instance's class
class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
p = Cat()
p.__class__ = Dog
print(p.speak(), type(p).__name__)
