# Regression: del None.attr / delattr(None, 'x') raised SystemError; deleting attributes of builtin objects
def t(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

def d1():
    del None.attr

def d2():
    x = 5
    del x.real

t(d1)
t(lambda: delattr(None, "x"))
t(d2)
for o, n in [(None, "__class__"), (5, "upper"), (5, "bit_length"), ("s", "upper"), ([], "append"), (1.5, "imag"),
             (1j, "real"), (range(3), "start"), (slice(1), "start"), (len, "__name__"), (property(), "fget"),
             (True, "real"), ({}, "keys"), (iter([]), "x"), (object(), "__class__"), ([], "__doc__"), (None, "__doc__")]:
    t(lambda: delattr(o, n))
for o, n in [(range(3), "start"), (slice(1), "stop"), (property(), "fset"), (1j, "imag"), (5, "numerator"), ([], "__doc__")]:
    t(lambda: setattr(o, n, 1))

class A:
    pass

class M(type):
    pass

class B(metaclass=M):
    x = 1

a = A()
t(lambda: object.__delattr__(a, "__class__"))
t(lambda: object.__delattr__(a, 5))
t(lambda: object.__delattr__(None, "x"))
t(lambda: object.__delattr__([], "append"))
t(lambda: object.__delattr__(B, "x"))
t(lambda: object.__setattr__(B, "x", 2))
print(B.x)
# every object has a __doc__ (a str or None)
print([type(o.__doc__) in (str, type(None)) for o in [None, 5, "s", [], {}, 1.5, range(1), iter([]), ValueError(), a]])
