# Functions taking *args (with or without leading parameters) called positionally bind their
# arguments without the general binder: same tuples, errors and defaults as before.
def a(*args):
    return args
def b(x, *rest):
    return x, rest
def c(x, y=5, *rest):
    return x, y, rest
def d(*args, k=1):
    return args, k
def e(*args, **kw):
    return args, kw
print(a(), a(1), a(1, 2, 3), b(1), b(1, 2, 3), c(1), c(1, 2), c(1, 2, 3, 4))
print(d(1, 2), d(k=3), e(1, x=2), a(*[4, 5]), b(*"xyz"))
try:
    b()
except TypeError as err:
    print("TypeError:", err)
class K:
    def m(self, *args):
        return self.__class__.__name__, args
print(K().m(), K().m(1, 2), K.m(K(), 3))
print(type(a()) is tuple, a() is a())
