# Descriptors: __get__, __set__, __set_name__ and validation
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)
class Product:
    price = Positive()
    qty = Positive()
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
    def total(self):
        return self.price * self.qty
p = Product(3, 4)
print(p.total(), p.price, p.qty)
try:
    p.qty = -1
except ValueError as e:
    print(e)
print(type(Product.price).__name__, Product.price.name)
class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, owner):
        return self.v
class HasConst:
    answer = Const(42)
h = HasConst()
print(h.answer, HasConst.answer)
h.answer = 0
print(h.answer)
