# Defaults, keyword arguments, *args, **kwargs
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def total(*nums, start=0):
    return start + sum(nums)
print(total(), total(1, 2, 3), total(1, 2, start=10))
def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())
print(describe(a=1, b="two"), describe())
def everything(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, e=6))
