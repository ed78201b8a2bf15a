# Regression: a class's __dict__ (and a dict view's .mapping) was a dict copy; now a read-only live mappingproxy
class A:
    x = 1
    def f(self): pass
    f.__qualname__ = "f"
m = A.__dict__
print(type(m), type(m).__name__)
print(repr({'a': 1}.keys().mapping), str({'a':1}.items().mapping))
try:
    m["x"] = 2
except TypeError as e:
    print(e)
try:
    del m["x"]
except TypeError as e:
    print(e)
print(m["x"], m.get("x"), m.get("zz"), m.get("zz", 5), "x" in m, len(m) > 0)
A.y = 5
print(m["y"], "y" in m)
print(type(m.copy()), type(m.keys()), type(m.values()), type(m.items()))
try:
    m | 1
except TypeError as e:
    print(e)
d = {'a': 1}
mp = d.keys().mapping
print(mp | {'b': 2}, {'c': 3} | mp, type(mp | {}))
try:
    mp |= {}
except TypeError as e:
    print(e)
print(mp == {'a': 1}, {'a': 1} == mp, mp == mp, mp != d)
d['z'] = 1
print(mp, len(mp), list(mp), list(reversed(mp)))
print(mp.keys(), mp.values(), mp.items())
try:
    mp.x = 1
except AttributeError as e:
    print(e)
try:
    mp.pop("a")
except AttributeError as e:
    print(e)
print(type(mp)({'q': 1}))
try:
    type(mp)([1])
except TypeError as e:
    print(e)
print(bool(type(mp)({})), isinstance(mp, dict))
try:
    mp["nope"]
except KeyError as e:
    print("KeyError", e)
print(type(mp)(mp))
print(A.__dict__.keys() == A.__dict__.copy().keys())
print(str(mp), f"{mp}")
try:
    mp < mp
except TypeError as e:
    print(e)
print(vars(A) is A.__dict__, type(vars(A)))
class A2:
    "doc"
    x = 1
    def f(self): pass
class B(A2):
    __slots__ = ("s",)
print(list(A2.__dict__))
print(list(B.__dict__))
print({k: v for k, v in A2.__dict__.items() if k != "f"})
class M(type):
    pass
class C(metaclass=M):
    y = 2
print(type(C.__dict__).__name__, C.__dict__["y"], "y" in vars(C))
print(type(A2().__dict__).__name__)
print(int.__dict__["from_bytes"], "__add__" in int.__dict__, type(list.__dict__).__name__)
print(dict(A2.__dict__)["x"], {**A2.__dict__}["x"])
def kw(**k): return sorted(k)
print(kw(**B.__dict__))
d = {"a": 1}
ks = d.keys()
m = ks.mapping
print(m, d.values().mapping["a"], d.items().mapping is not m)
d["b"] = 2
print(m, len(m), bool(m), bool({}.keys().mapping))
print(m == d, m.copy() is d, m.copy() == d, type(m.copy()))
print(list(reversed(m)), sorted(m.items()))
for k in m:
    print(k, m[k])
print(type(A2.__dict__)[int])
try:
    class X(type(A2.__dict__)): pass
except TypeError as e:
    print(e)
p2 = type(A2.__dict__)(A2.__dict__)
print(type(p2).__name__, p2["x"], len(p2) == len(A2.__dict__), list(p2) == list(A2.__dict__))
A2.z = 3
mp = A2.__dict__
A2.w = 4
print(mp["w"], mp.get("w"), "w" in mp)
del A2.w
print("w" in mp, mp.get("w", "gone"))
try:
    mp["w"]
except KeyError as e:
    print("KeyError", e)
try:
    mp[[]]
except TypeError as e:
    print(e)
print(mp.get(1), 1 in mp)
try:
    mp.get()
except TypeError as e:
    print(e)
try:
    mp.keys(1)
except TypeError as e:
    print(e)
try:
    type(mp)()
except TypeError as e:
    print(e)
try:
    type(mp)(None)
except TypeError as e:
    print(e)
try:
    mp.x = 1
except AttributeError as e:
    print(e)
try:
    A2.__dict__ = {}
except AttributeError as e:
    print(e)
s = set()
print(len(m | m), (m | {"c": 3}), type({} | m).__name__)
try:
    m | 5
except TypeError as e:
    print(e)
try:
    5 | m
except TypeError as e:
    print(e)
x = m
try:
    x |= {"q": 1}
except TypeError as e:
    print(e)
print(m is x)
print(f"{m!r:.12}", str(m), format(m))
print(isinstance(m, type(A2.__dict__)), type(m) is type(A2.__dict__))
print(m.__getitem__("a"), m.__contains__("zz"), m.__len__(), list(m.__iter__()))
print(m != {"a": 1}, {"a": 1, "b": 2} == m, m == m.copy())
d = {}
d["self"] = d.keys().mapping
print(d)
# the proxy follows the class in a hot loop, as attribute caches do
class H:
    v = 0
def look(n):
    t = 0
    for _ in range(n):
        t += H.__dict__["v"]
    return t
print(look(300))
H.v = 2
print(look(300))
