# Regression: isinstance/issubclass ask a non-type second argument's __instancecheck__/__subclasscheck__, and __subclasscheck__ before checking the first argument is a class
def t(f):
    try: print(repr(f()))
    except TypeError as e: print("TypeError:", e)
class Checker:
    def __instancecheck__(self, inst): print("ic", inst); return isinstance(inst, int)
    def __subclasscheck__(self, sub): print("sc", sub); return True
t(lambda: isinstance(1, Checker()))
t(lambda: isinstance("a", Checker()))
t(lambda: issubclass(str, Checker()))
t(lambda: issubclass(1, Checker()))
t(lambda: isinstance(1, (str, Checker())))
t(lambda: issubclass(int, (str, Checker())))
class Plain: pass
t(lambda: isinstance(1, Plain()))
t(lambda: issubclass(int, Plain()))
t(lambda: issubclass(1, Plain()))
t(lambda: issubclass(1, ()))
t(lambda: issubclass(1, int))
t(lambda: issubclass(1, int | str))
class M(type):
    def __subclasscheck__(cls, sub): print("M.sc", sub); return True
    def __instancecheck__(cls, inst): print("M.ic", inst); return False
class A(metaclass=M): pass
t(lambda: issubclass(1, A))
t(lambda: isinstance(A(), A))
t(lambda: isinstance(1, A))
class NoneCheck:
    __instancecheck__ = None
t(lambda: isinstance(1, NoneCheck()))
