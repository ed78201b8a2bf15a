# Regression: builtin exceptions with fields of their own (OSError, AttributeError, NameError, ImportError, SyntaxError, StopIteration, SystemExit, the Unicode errors) did not conflict as bases: class E(OSError, AttributeError) was created
def make(*bases):
    try:
        X = type("X", bases, {})
    except TypeError as e:
        return str(e)
    return "ok, __base__ " + X.__base__.__name__
pairs = [
    (OSError, AttributeError), (AttributeError, OSError), (NameError, ImportError),
    (SyntaxError, StopIteration), (SystemExit, KeyError), (StopIteration, SystemExit),
    (UnicodeDecodeError, UnicodeEncodeError), (UnicodeTranslateError, UnicodeError),
    (FileNotFoundError, PermissionError), (ModuleNotFoundError, NameError),
    (UnboundLocalError, AttributeError), (IndentationError, OSError),
    (ValueError, KeyError), (OSError, Exception), (LookupError, AttributeError),
    (KeyboardInterrupt, SystemExit), (UnicodeDecodeError, ValueError), (TabError, SyntaxError),
]
for a, b in pairs:
    print(a.__name__, b.__name__, "->", make(a, b))
class Mixin:
    pass
print(make(Mixin, OSError), "|", make(OSError, Mixin))
class MyOSError(OSError):
    pass
print(make(MyOSError, FileNotFoundError), "|", make(MyOSError, AttributeError))
try:
    class E(OSError, AttributeError):
        pass
except TypeError as t:
    print("class statement:", t)
