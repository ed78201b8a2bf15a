# User exception classes are built by a direct path (BaseException's __new__, then their own
# __init__): every kind of __init__ and base must still behave as CPython's.

class Plain(Exception):
    pass

class WithInit(ValueError):
    def __init__(self, msg, code=7):
        super().__init__(msg)
        self.code = code

class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b

class Stop(StopIteration):
    pass

class MyOS(OSError):
    pass

class MyExit(SystemExit):
    pass

class Named(NameError):
    pass

def show(e):
    print(type(e).__name__, repr(e.args), str(e), repr(e))

show(Plain())
show(Plain("one"))
show(Plain("a", 2, None))
e = WithInit("bad")
show(e); print(e.code)
e = WithInit("bad", code=3)
show(e); print(e.code)
e = NoSuper(1, 2)
show(e); print(e.a, e.b)
show(Stop(5)); print(Stop(5).value)
e = MyOS(2, "No such file", "x.txt")
show(e); print(e.errno, e.strerror, e.filename)
print(MyExit(3).code)
e = Named("n", name="zz")
print(e.name, e.args)

try:
    Plain(x=1)
except TypeError as t:
    print("TypeError:", t)

class BadInit(Exception):
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as t:
    print("TypeError:", t)

# the class changes after its first instances
class Later(Exception):
    pass
print(Later("x").args)
def later_init(self, *a):
    Exception.__init__(self, "changed", *a)
Later.__init__ = later_init
print(Later("x").args)
del Later.__init__
print(Later("x").args)

# raised from a straight-line helper, caught by a base class
def check(v):
    raise WithInit("bad value %d" % v, code=v)
def check2(v):
    raise Plain("p", v)
total = 0
for i in range(5):
    try:
        check(i)
    except ValueError as err:
        total += err.code
    try:
        check2(i)
    except Exception as err:
        total += err.args[1]
print(total)
try:
    check(9)
except WithInit as err:
    print(err, err.code, err.__traceback__ is not None)
