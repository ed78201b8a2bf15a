# Argument passing: objects are shared, rebinding is local
def mutate(lst):
    lst.append("mutated")
def rebind(lst):
    lst = ["rebound"]
    return lst
data = ["orig"]
mutate(data)
print(data)
print(rebind(data), data)
def add_key(d, k=None, **kw):
    d.update(kw)
    if k:
        d[k] = True
    return d
base = {}
print(add_key(base, "x", y=1), base)
def counter(n, acc=0):
    if n == 0:
        return acc
    return counter(n - 1, acc + n)
print(counter(500))
def varargs_identity(*args):
    return args
t = (1, 2)
print(varargs_identity(*t) == t, type(varargs_identity()).__name__)
