# Scoping rules: class scope, comprehension scope, nested functions and shadowing builtins
x = "module"
class C:
    x = "class"
    xs = [x for _ in range(2)]
    def method(self):
        return x
print(C.xs, C().method(), C.x)
def f():
    list = "shadowed"
    return list.upper()
print(f(), list("ab"))
def g():
    y = 1
    def h():
        y = 2
        return y
    return h(), y
print(g())
def counter():
    counter.calls = getattr(counter, "calls", 0) + 1
    return counter.calls
counter(); counter()
print(counter())
for i in range(3):
    pass
print("loop var after loop:", i)
if True:
    block_var = "visible"
print(block_var)
