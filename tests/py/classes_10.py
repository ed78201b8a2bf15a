# Nested classes and classes created in functions
class Outer:
    class Inner:
        def hello(self):
            return "inner hello"
    def make(self):
        return self.Inner()
print(Outer().make().hello(), Outer.Inner.__name__, Outer.Inner.__qualname__)
def make_class(base_value):
    class Dynamic:
        value = base_value
        def get(self):
            return self.value * 2
    return Dynamic
C1 = make_class(5)
C2 = make_class("ab")
print(C1().get(), C2().get(), C1 is C2)
Klass = type("Klass", (), {"greet": lambda self: "from type()", "n": 3})
k = Klass()
print(k.greet(), k.n, type(k).__name__)
Sub = type("Sub", (Klass,), {})
print(Sub().greet(), issubclass(Sub, Klass))
