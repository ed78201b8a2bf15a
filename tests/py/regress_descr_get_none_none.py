# Regression: a builtin descriptor's __get__(None, None) (or __get__(None)) is a TypeError, as CPython's wrap_descr_get
def f(self): pass
class C:
    @property
    def p(self): return 1
    __slots__ = ("s",)
sm = staticmethod(f); cm = classmethod(f)
objs = [f, sm, cm, C.__dict__["p"], C.__dict__["s"], str.upper, dict.__dict__["fromkeys"], len]
for o in objs:
    for args in [(None, None), (None,), (), (1, 2, 3)]:
        try:
            r = o.__get__(*args)
            print(type(o).__name__, args, "->", type(r).__name__)
        except (TypeError, AttributeError) as e:
            print(type(o).__name__, args, type(e).__name__, e)
print(f.__get__(None, C) is f, f.__get__(1) .__self__)
