# Regression: names bound or deleted through __builtins__ are seen by name lookups
def count(xs):
    n = 0
    for x in xs:
        n += len(x)
    return n

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2) + len("")

print(count(["ab", "c"]), fib(20))
__builtins__.len = lambda x: 42
print(len([1]), count(["ab", "c"]), fib(20))
print([len(s) for s in ("a", "bc")])
class A:
    size = len("abc")
print(A.size)
__builtins__.myname = "v"
print(myname)
def g():
    return myname
print(g())
setattr(__builtins__, "myname", "w")
print(g(), getattr(__builtins__, "myname"))
del __builtins__.myname
try:
    g()
except NameError as e:
    print("NameError:", e)
del __builtins__.len
try:
    len("x")
except NameError as e:
    print("NameError:", e)
__builtins__.len = lambda x: -1
print(len("abc"), count(["ab"]))
# a global of the same name still wins over the builtin
abs = lambda x: "global"
__builtins__.abs = lambda x: "builtin"
print(abs(-1))
del abs
print(abs(-1))
print(hasattr(__builtins__, "nosuch"), "myname" in dir(__builtins__))
