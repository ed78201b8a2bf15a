# Regression: keyword arguments ended up in an exception's args; Exception(a=1) was accepted; NameError/AttributeError/ImportError keyword fields were ignored
class AppError(Exception):
    def __init__(self, msg, code=0):
        self.code = code
e = AppError("bad input", code=400)
print(e.args, str(e), repr(e), e.code)
class A2(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
print(A2("x", code=3).args)
class N(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)
try:
    N(1, k=2)
except TypeError as e: print(e)
print(N(1).args)
class P(Exception): pass
try:
    P(1, k=2)
except TypeError as e: print(e)
try:
    Exception(a=1)
except TypeError as e: print(e)
try:
    ValueError(1, a=1)
except TypeError as e: print(e)
try:
    KeyError(a=1)
except TypeError as e: print(e)
class Both(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)
    def __init__(self, *a, **k):
        self.k = k
b = Both(1, 2, z=3)
print(b.args, b.k)
e = BaseException.__new__(ValueError, 1, 2, x=3)
print(type(e).__name__, e.args)
try:
    e.__init__(5, y=1)
except TypeError as ex: print(ex)
e.__init__(5, 6)
print(e.args)
class S(StopIteration):
    def __init__(self, v, extra=None):
        super().__init__(v)
print(S(4, extra=1).value, S(4, extra=1).args)
try:
    OSError(1, x=2)
except TypeError as e: print(e)
class SE(SyntaxError): pass
try:
    SE("m", x=1)
except TypeError as e: print(e)
try:
    BaseException(x=1)
except TypeError as e: print(e)
class Deep(AppError): pass
d = Deep("m", code=7)
print(d.args, d.code)
for f in [lambda: NameError('x', foo=1), lambda: AttributeError('x', foo=1), lambda: ImportError('x', foo=1), lambda: ModuleNotFoundError('x', foo=1)]:
    try: f()
    except TypeError as e: print(e)
class N(NameError): pass
try: N('x', foo=1)
except TypeError as e: print(e)
e = ImportError('m', name='mod', path='/p'); print(e.name, e.path, e.msg, e.args)
print(ImportError('a', 'b').msg, ImportError().msg, ImportError().name, ImportError().path)
e = AttributeError('m', name='n', obj=1); print(e.name, e.obj, e.args)
print(NameError(name='q').name, NameError(name='q').args)
e = NameError('z'); e.name = 'w'; print(e.name)
print(ModuleNotFoundError('x', name='y').name)
print(N("x", name="y").name, N("x").name)
try:
    undefined_name
except NameError as e:
    print(e.name, e.args)
try:
    object().nope
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
