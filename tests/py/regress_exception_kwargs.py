# Regression: keyword arguments ended up in an exception's args; Exception(a=1) was accepted
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
