# Regression: wording of deleting a method of a builtin type's instance and of object.__init__/__new__ excess arguments
def del_append():
    del [].append
def del_real():
    del (1).real
def del_upper():
    del "x".upper
def del_keys():
    del {}.keys
def set_append():
    x = []
    x.append = 1
def del_class():
    del object().__class__
def del_int_class():
    del (1).__class__
for f in (del_append, del_real, del_upper, del_keys, set_append, del_class, del_int_class):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

class D: pass
class I:
    def __init__(self, *a): pass
class N:
    def __new__(cls, *a): return object.__new__(cls)
class B:
    def __init__(self, *a): pass
    def __new__(cls, *a): return object.__new__(cls)

for cls in (D, I, N, B):
    for call in (lambda: object.__init__(cls.__new__(cls), 1), lambda: object.__new__(cls, 1), lambda: cls(1), lambda: object.__init__(cls.__new__(cls), k=1), lambda: object.__new__(cls, k=1)):
        try:
            call()
            print(cls.__name__, "ok")
        except TypeError as e:
            print(cls.__name__, "TypeError", e)
try:
    object(1)
except TypeError as e:
    print(e)
try:
    object.__init__(object(), 1)
except TypeError as e:
    print(e)
class E(Exception): pass
class A(int): pass
for obj in (1, A(), E(), [], {}, "s"):
    try:
        object.__init__(obj, 1)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, "TypeError", e)
