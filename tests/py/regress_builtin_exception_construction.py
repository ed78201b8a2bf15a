# Builtin exceptions whose __new__ and __init__ are BaseException's are made directly; the others keep their own.
for cls in (ValueError, KeyError, IndexError, TypeError, RuntimeError, ZeroDivisionError, StopIteration, Exception,
            ArithmeticError, LookupError, AssertionError, NotImplementedError, OSError, FileNotFoundError, NameError,
            AttributeError, ImportError, SyntaxError, UnicodeDecodeError, SystemExit, KeyboardInterrupt, GeneratorExit,
            RecursionError, OverflowError, MemoryError, EOFError, PermissionError, TimeoutError):
    try:
        e = cls("m")
        print(cls.__name__, repr(e), str(e), e.args, type(e).__name__)
    except Exception as x:
        print(cls.__name__, "->", type(x).__name__, x)
print(repr(StopIteration(5).value), KeyError("k"), OSError("x").errno, SystemExit(3).code, NameError("n").name)
class MyErr(ValueError):
    def __init__(self, msg, extra=0):
        super().__init__(msg)
        self.extra = extra
e = MyErr("x", extra=2)
print(repr(e), e.extra, isinstance(e, ValueError))
try:
    raise ValueError("boom")
except ValueError as e:
    print(e.__traceback__ is not None, e.args)
for bad in (lambda: ValueError("x", y=1), lambda: KeyError(k=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(ValueError(), ValueError(1, 2).args, repr(IndexError([1])), str(KeyError(("a", 1))))
t = 0
for i in range(1000):
    try:
        raise IndexError(i)
    except LookupError as e:
        t += e.args[0]
print(t)
# a class raised bare, and more or fewer arguments than one
for cls in (KeyError, StopIteration, OSError, SystemExit):
    try:
        raise cls
    except BaseException as e:
        print(type(e).__name__, repr(e), e.args)
print(repr(IndexError()), repr(RuntimeError("a", 2, None)), repr(OSError(2, "no such")), OSError(2, "x").errno)
