# Regression: a SystemExit subclass had no .code attribute
class Abort(SystemExit): pass
class Deeper(Abort): pass
for args in [(3,), (), (None,), ("bye",), (1, 2)]:
    for cls in (SystemExit, Abort, Deeper):
        try:
            raise cls(*args)
        except SystemExit as e:
            print(cls.__name__, repr(e.code), e.args)
e = Abort(3)
e.code = 5
print(e.code, e.args)
class WithInit(SystemExit):
    def __init__(self, n):
        super().__init__(n * 2)
print(WithInit(4).code)
try:
    raise Abort(7)
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException", e.code)
