# A class whose __class_getitem__ is None is not subscriptable ("type 'E' is not subscriptable"),
# as CPython's PyObject_GetItem treats None as no method (was "'NoneType' object is not callable")
class E:
    __class_getitem__ = None
class F(E):
    pass
class G(list):
    __class_getitem__ = None
for c in (E, F, G):
    try:
        c[1]
    except TypeError as e:
        print(e)
E.__class_getitem__ = lambda k: ("plain", k)
print(E[3], F[4])
class H:
    pass
H.__class_getitem__ = classmethod(lambda cls, k: (cls.__name__, k))
print(H[5], list[int], type[int])
class Meta(type):
    def __getitem__(cls, k):
        return ("meta", k)
class M(metaclass=Meta):
    __class_getitem__ = None
print(M[6])
