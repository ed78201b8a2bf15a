# Regression: OSError's errno/strerror/filename fields, errno subclasses, and a subclass's own __init__
print(type(OSError(2, "x")).__name__, type(OSError(2, "x", "f")).__name__, type(OSError("x")).__name__)
e = OSError(2, "No such file", "a.txt")
print(e.args, e.errno, e.strerror, e.filename, e.filename2, str(e), repr(e))
e = OSError(18, "Invalid link", "a", None, "b")
print(e.args, str(e), e.filename2)
e = OSError(1, "p", None)
print(e.args, str(e))
print(OSError().errno, str(OSError("a", "b", "c", "d", "e", "f")))
class F(OSError):
    def __init__(self, a, b):
        self.a = a
f = F(1, 2)
print(f.args, f.errno, f.strerror, repr(str(f)))
try:
    raise FileNotFoundError(2, "gone", "x.txt")
except OSError as x:
    print(type(x).__name__, x, x.errno, x.filename)
e = OSError(2, "x"); e.__init__(5, "y"); print(e.args, e.errno)
print(isinstance(OSError(13, "denied"), PermissionError))
class G(OSError): pass
print(type(G(2, "x")).__name__)
class E(OSError):
    def __init__(self, msg):
        super().__init__()
        self.msg = msg
e = E("boom")
print(e.args, repr(str(e)))
class F(OSError):
    def __init__(self, a, b):
        self.a = a
f = F(1, 2)
print(f.args, f.errno, f.strerror)
