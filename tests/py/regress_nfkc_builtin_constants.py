# Regression: NFKC-normalised names spelling True, False or None (x = Ｔｒｕｅ) found no builtin of that name, and __debug__ was no name at all
x = Ｔｒｕｅ
print(x, type(x))
print(Ｎｏｎｅ is None, Ｆａｌｓｅ is False)
Ｔｒｕｅ = 2
print(Ｔｒｕｅ, True)
def f():
    Ｎｏｎｅ = 5
    return Ｎｏｎｅ, None
print(f())
print(__debug__, __ｄｅｂｕｇ__)
print(getattr(__builtins__, "True"), getattr(__builtins__, "None"), getattr(__builtins__, "__debug__"))
globals()["__debug__"] = 0
print(__debug__)
def g():
    return __debug__
print(g())
print(ｐｒｉｎｔ is print, ℌ if (ℌ := 3) else 0, H)
del Ｔｒｕｅ
print(Ｔｒｕｅ)
try:
    ｐａｓｓ
except NameError as e:
    print(e)
class C:
    Ｆａｌｓｅ = 7
    print(False, Ｆａｌｓｅ)
print(getattr(C, "False"), C.Ｆａｌｓｅ)
