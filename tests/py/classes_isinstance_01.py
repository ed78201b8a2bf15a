# isinstance / issubclass variants
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), isinstance(1.0, int))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type), isinstance(A, object))
print(isinstance([], (list, tuple)), isinstance((), list), isinstance("x", str))
try:
    isinstance(b, b)
except TypeError as e:
    print(e)
try:
    issubclass(b, A)
except TypeError as e:
    print(e)
try:
    issubclass(B, 3)
except TypeError as e:
    print(e)
print(isinstance(b, int | A), isinstance(3, int | str), issubclass(bool, int | str))
class E(Exception): pass
print(issubclass(E, BaseException), isinstance(E(), Exception), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
print(type(b) == B, type(b) == A, type(b).__mro__[1] is A)
