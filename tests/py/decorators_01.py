# Decorators without and with arguments, stacking
def trace(f):
    def wrapper(*args, **kwargs):
        print(f"-> {f.__name__}{args}")
        r = f(*args, **kwargs)
        print(f"<- {f.__name__} = {r}")
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def bold(f):
    return lambda: "<b>" + f() + "</b>"
def italic(f):
    return lambda: "<i>" + f() + "</i>"
@bold
@italic
def text():
    return "t"
print(text())
