# Decorators applied in order, decorator returning non-callables, and property-like decorators
order = []
def d1(f):
    order.append("d1")
    return lambda: "d1(" + f() + ")"
def d2(f):
    order.append("d2")
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(order, base())
def to_value(f):
    return f()
@to_value
def computed():
    return sum(range(10))
print(computed, type(computed).__name__)
def make_tags(*tags):
    def deco(f):
        f.tags = tags
        return f
    return deco
@make_tags("fast", "pure")
def add(a, b):
    return a + b
print(add(1, 2), add.tags)
